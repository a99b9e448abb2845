import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {forEachWord, tokenize} from '../../src/attribution/tokenize.js'

const wordsOf = (text: string) => {
  const words: string[] = []
  forEachWord(text, (word) => words.push(word))
  return words
}

// Rows of [text, the words forEachWord gives].
const rows: [string, string[]][] = [
  ['Sen. Ray said “yes.”', ['Sen.', 'Ray', 'said', 'yes']],
  ['al-Masri’s U.S. visit', ['al-Masri’s', 'U.S.', 'visit']],
  ['”””—— — ”', []],
  ['İzmir, Ⓐ and 中文', ['İzmir', 'and', '中文']],
  ['', []]
]

// Rows of [text, each token as text/lower/word/capital]: one-character marks beyond Latin-1 share their strings, so each must still be its own.
const marks: [string, [string, string, boolean, boolean][]][] = [
  ['”a”', [['”', '”', false, false], ['a', 'a', true, false], ['”', '”', false, false]]],
  ['Ⓐ Ⓐ', [['Ⓐ', 'ⓐ', false, false], ['Ⓐ', 'ⓐ', false, false]]],
  ['İ — É', [['İ', 'i̇', true, true], ['—', '—', false, false], ['É', 'é', true, true]]]
]

describe('forEachWord', () => {
  it.each(rows)('%j', (text, expected) => {
    expect(wordsOf(text)).toEqual(expected)
  })

  it('gives the words tokenize gives, in order', () => {
    const alphabet = [...'aZ09 .\n\t\r\u00A0’\'-‑&”“—İÅéⓐⒶ😀ß', '\uD800', 'Sen', 'U.S.', 'Ⅰ', '中']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), {maxLength: 40}), (parts) => {
        const text = parts.join('')
        expect(wordsOf(text)).toEqual(tokenize(text).filter((token) => token.word).map((token) => token.text))
      }),
      {numRuns: 500}
    )
  })
})

describe('tokenize, one-character marks', () => {
  it.each(marks)('%j', (text, expected) => {
    const tokens = tokenize(text)
    expect(tokens.map((token) => [token.text, token.lower, token.word, token.capital])).toEqual(expected)
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual(expected.map(([written]) => written))
  })
})
