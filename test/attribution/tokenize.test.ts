import {describe, expect, it} from 'vitest'
import {tokenize, wordToken} from '../../src/attribution/tokenize.js'

// Rows of [text, expected tokens as `text lower start-end flags`, flags `w` for a word and `C` for a capital]; invented text.
const rows: [string, string[]][] = [
  ['Sen. Ray said', ['Sen. sen. 0-4 wC', 'Ray ray 5-8 wC', 'said said 9-13 w']],
  ['a man. He', ['a a 0-1 w', 'man man 2-5 w', '. . 5-6 ', 'He he 7-9 wC']],
  ['Man. He', ['Man. man. 0-4 wC', 'He he 5-7 wC']],
  ['“Go,” she said—', ['“ “ 0-1 ', 'Go go 1-3 wC', ', , 3-4 ', '” ” 4-5 ', 'she she 6-9 w', 'said said 10-14 w', '— — 14-15 ']],
  ['don’t Ölund’s U.S.', ['don’t don’t 0-5 w', 'Ölund’s ölund’s 6-13 wC', 'U.S. u.s. 14-18 wC']],
  // A capital whose lower case is two code units: `lower` is longer than `text`, `end` is not.
  ['Kİ 7', ['Kİ ki̇ 0-2 wC', '7 7 3-4 w']]
]

const show = (token: ReturnType<typeof tokenize>[number]) =>
  `${token.text} ${token.lower} ${token.start}-${token.end} ${token.word ? 'w' : ''}${token.capital ? 'C' : ''}`

describe('tokenize', () => {
  it.each(rows)('%s', (text, expected) => {
    expect(tokenize(text).map(show)).toEqual(expected)
  })

  it('shares the text as the lower case when lower case changes nothing', () => {
    const tokens = tokenize('”” don’t Don’t')
    expect(tokens.every((token) => token.lower === token.lower.toLowerCase())).toBe(true)
    expect(tokens[0]!.lower).toBe(tokens[0]!.text)
    expect(tokens[1]!.text).toBe(tokens[0]!.text)
  })

  it('makes a word token of a piece of a word', () => {
    expect(show(wordToken('Masri', 12, true))).toBe('Masri masri 12-17 wC')
    expect(show(wordToken('based', 3, false))).toBe('based based 3-8 w')
  })
})
