import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'

// Rows of [sentence, the reported words, their speaker's words], or none; every sentence is invented.
const rows: [string, string | undefined, string | undefined][] = [
  ['A person familiar with the planning for the harbour says the ferry plan will be dropped.', 'the ferry plan will be dropped', 'A person familiar with the planning for the harbour'],
  ['People with direct knowledge of the deal said that the board had agreed to it.', 'the board had agreed to it', 'People with direct knowledge of the deal'],
  ['But many riders who came to the hall to protest the levy say they will vote against it.', 'they will vote against it', 'many riders who came to the hall to protest the levy'],
  ['The last skipper to cross the bay in winter says she would not try it again.', 'she would not try it again', 'The last skipper to cross the bay in winter'],
  // After a long subject, only a clause is reported; a weak cue or a possessive name reads nothing.
  ['The organizer of the harbour rally confirmed the meeting.', undefined, undefined],
  ['Quell’s win in the harbour ward assures her of a seat on the board.', undefined, undefined],
  ['The rhetoric of candidates blasting the levy suggests a deep divide on the board.', undefined, undefined]
]

describe('postmodifiedSubject', () => {
  it.each(rows)('%s', (sentence, expected, speaker) => {
    const quotes = parseArticle(`A headline for the harbour story\n\n${sentence}\n`).quotes
    const quote = quotes.find((entry) => entry.kind === 'indirect')
    expect(quote?.text).toBe(expected)
    expect(quote?.attribution?.speaker.mention?.text).toBe(speaker)
  })
})
