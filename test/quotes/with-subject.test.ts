import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'

// Rows of [sentence, the reported words, their speaker's words], or none; every sentence is invented.
const rows: [string, string | undefined, string | undefined][] = [
  ['Mara Quell leads the race, with 30 percent of riders saying they would back her.', 'they would back her', '30 percent of riders'],
  ['Tempers flared at the hall, with each member saying that the levy was unfair.', 'the levy was unfair', 'each member'],
  ['The vote was close, with three in 10 saying the ferry fares should fall.', 'the ferry fares should fall', 'three in 10'],
  // A deed, not a statement: a participle after "with" reports only a clause.
  ['The harbour firm moved abroad, with the new company claiming residency in Ireland.', undefined, undefined],
  // "met with the riders, saying …": the comma sets the participle off from "with"; the subject speaks.
  ['Mara Quell met with the riders, saying the fares would fall.', 'the fares would fall', 'Mara Quell']
]

describe('withSubject', () => {
  it.each(rows)('%s', (sentence, expected, speaker) => {
    const quotes = parseArticle(`A headline for the harbour story\n\n${sentence}\n`).quotes
    const quote = quotes.find((entry) => entry.kind === 'indirect')
    expect(quote?.text).toBe(expected)
    expect(quote?.attribution?.speaker.mention?.text).toBe(speaker)
  })
})
