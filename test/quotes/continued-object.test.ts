import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'

// Rows of [sentence, the reported words found, or none]; every sentence is invented.
const rows: [string, string | undefined][] = [
  ['Mara Quell continued to question whether the ferry can run in winter.', 'whether the ferry can run in winter'],
  ['Mara Quell continued to complain that the board had been unfair to her.', 'the board had been unfair to her'],
  ['Mara Quell has continued to criticize the harbour levy, then left.', 'the harbour levy'],
  ['Mara Quell continues to talk about the strike.', 'the strike'],
  // Any other verb after "continue to" reports nothing.
  ['Mara Quell continued to pursue the harbour deal.', undefined],
  ['Harbour fees continued to rise in May.', undefined],
  ['Mara Quell continued to be a problem for the board.', undefined]
]

describe('continuedObject', () => {
  it.each(rows)('%s', (sentence, expected) => {
    const quotes = parseArticle(`A headline for the harbour story\n\n${sentence}\n`).quotes
    expect(quotes.find((quote) => quote.kind === 'indirect')?.text).toBe(expected)
  })
})
