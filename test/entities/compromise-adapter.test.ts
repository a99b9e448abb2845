import {describe, expect, it} from 'vitest'
import {lexiconKind, tagWords} from '../../src/entities/compromise-adapter.js'

// Rows of [text, words expected among the tagged ones (kind:word)].
const rows: [string, string[]][] = [
  ['Lena Okafor spoke in Toronto on Monday.', ['person:Lena', 'person:Okafor', 'place:Toronto']],
  ['(Mr. Dray) joined the World Bank.', ['organization:Bank']],
  ['', []]
]

describe('tagWords', () => {
  it.each(rows)('%s', (text, expected) => {
    const found = tagWords(text).map((word) => `${word.kind}:${text.slice(word.start, word.end)}`)
    for (const word of expected) expect(found).toContain(word)
  })

  it('only returns words that lie inside the text, with no stray punctuation at the edges', () => {
    const text = '“Ana Lowe,” said (Paul Dray) of “Acme Corp.” in Paris.'
    const found = tagWords(text)
    expect(found.length).toBeGreaterThan(0)
    for (const word of found) {
      const value = text.slice(word.start, word.end)
      expect(value.length).toBe(word.end - word.start)
      expect(/^[\p{L}\p{N}]/u.test(value) && /[\p{L}\p{N}.]$/u.test(value)).toBe(true)
    }
  })
})

// Rows of [phrase, what compromise's lexicon says it is].
const lexiconRows: [string, ReturnType<typeof lexiconKind>][] = [
  ['lisbon', 'place'],
  ['portugal', 'place'],
  ['lena', 'first-name'],
  ['april', 'other'],
  ['xqzzyv', undefined]
]

describe('lexiconKind', () => {
  it.each(lexiconRows)('%s', (phrase, expected) => {
    expect(lexiconKind(phrase)).toBe(expected)
  })
})
