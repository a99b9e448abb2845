import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {tokenize} from '../../src/attribution/tokenize.js'
import {opensSubjectClause} from '../../src/quotes/subject-clause.js'

// Rows of [words, whether they open a clause with a noun-phrase subject]; every example is invented.
const shapes: [string, boolean][] = [
  ['lawsuits could be filed over the delays', true],
  ['her whole ferry plan would be paid for by the levy', true],
  ['half of the crews were laid off', true],
  ['40% of riders will pay more', true],
  ['a win for the harbour board', false],
  ['the volunteers who have worked all week', false],
  ['to build a new pier', false],
  ['in May the fares will rise', false],
  ['is going to rise', false]
]

describe('opensSubjectClause', () => {
  it.each(shapes)('%s', (words, expected) => {
    const tokens = tokenize(words)
    expect(opensSubjectClause(tokens, 0, tokens.length)).toBe(expected)
  })
})

// Rows of [sentence, the reported words found, or none]; every sentence is invented.
const rows: [string, string | undefined][] = [
  ['Mara Quell predicted lawsuits could be filed over the ferry delays.', 'lawsuits could be filed over the ferry delays'],
  ['Mara Quell promised her whole ferry plan would be paid for by the levy.', 'her whole ferry plan would be paid for by the levy'],
  ['Mara Quell reiterated the harbour fees will not rise this year.', 'the harbour fees will not rise this year'],
  // A bare object of a verb that reports only a clause is no statement; nor is a clause after a verb of evidence.
  ['Mara Quell promised a win for the harbour board.', undefined],
  ['City records show the harbour debt was larger then.', undefined]
]

describe('a weak cue before a clause with a noun subject', () => {
  it.each(rows)('%s', (sentence, expected) => {
    const quotes = parseArticle(`A headline for the harbour story\n\n${sentence}\n`).quotes
    expect(quotes.find((quote) => quote.kind === 'indirect')?.text).toBe(expected)
  })
})
