import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {countWords} from '../../src/structure/text-shape.js'

/** The plain reading: runs of characters (code points) that are letters or digits in any script. */
function reference(text: string): number {
  let count = 0
  let inWord = false
  for (const character of text) {
    const word = /[\p{L}\p{N}]/u.test(character)
    if (word && !inWord) count++
    inWord = word
  }
  return count
}

// Rows of [what the row shows, text, words].
const rows: [string, string, number][] = [
  ['empty', '', 0],
  ['words and digits, punctuation between', 'Harbour Trust, 2024: open.', 4],
  ['an apostrophe splits a word', "Harbour's gate", 3],
  ['other scripts', 'Zürich 東京 Ελλάδα', 3],
  ['non-ASCII digits', '٣ items', 2],
  ['a letter outside the BMP is one character of a word', 'a𝐀b c', 2],
  ['an emoji is no word and splits none', 'one😀two', 2],
  ['a lone surrogate is no word', 'ab\uD800cd', 2],
  ['dashes and quotes', '“Yes” — no', 2],
  ['control characters are no digits', 'a\u0010\u0019b', 2]
]

describe('countWords', () => {
  it.each(rows)('%s', (_, text, words) => {
    expect(countWords(text)).toBe(words)
  })

  it('agrees with the code-point reading on any string', () => {
    fc.assert(fc.property(fc.string({unit: 'binary'}), (text) => countWords(text) === reference(text)), {numRuns: 2000})
    fc.assert(fc.property(fc.string({unit: 'grapheme-composite'}), (text) => countWords(text) === reference(text)), {numRuns: 1000})
  })
})
