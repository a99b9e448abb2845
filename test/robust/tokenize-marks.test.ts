import {describe, expect, it} from 'vitest'
import {tokenize} from '../../src/attribution/tokenize.js'

// Rows of [text, each token as text/lower/word/capital]: one-character marks beyond Latin-1 share their strings, so each must still be its own.
const marks: [string, [string, string, boolean, boolean][]][] = [
  ['”a”', [['”', '”', false, false], ['a', 'a', true, false], ['”', '”', false, false]]],
  ['Ⓐ Ⓐ', [['Ⓐ', 'ⓐ', false, false], ['Ⓐ', 'ⓐ', false, false]]],
  ['İ — É', [['İ', 'i̇', true, true], ['—', '—', false, false], ['É', 'é', true, true]]]
]

describe('tokenize, one-character marks', () => {
  it.each(marks)('%j', (text, expected) => {
    const tokens = tokenize(text)
    expect(tokens.map((token) => [token.text, token.lower, token.word, token.capital])).toEqual(expected)
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual(expected.map(([written]) => written))
  })
})
