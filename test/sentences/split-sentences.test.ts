import {describe, expect, it} from 'vitest'
import {splitSentences} from '../../src/sentences/split-sentences.js'

describe('splitSentences', () => {
  it.each<[text: string, sentences: string[]]>([
    ['The talks went on. They ended at noon.', ['The talks went on.', 'They ended at noon.']],
    ['  Mr. Doe left the U.S. on Monday.  ', ['Mr. Doe left the U.S. on Monday.']],
    ['', []]
  ])('splits %j', (text, sentences) => {
    expect(splitSentences(text).map(([start, end]) => text.slice(start, end))).toEqual(sentences)
  })

  it('reads a paragraph far longer than a sentence in pieces, cut between sentences', () => {
    const sentence = 'The minister said the talks would go on for weeks.'
    const text = `${sentence} `.repeat(3000).trimEnd()
    const spans = splitSentences(text)
    expect(spans).toHaveLength(3000)
    expect(spans.every(([start, end]) => text.slice(start, end) === sentence)).toBe(true)
  })

  it('cuts a long run with no sentence end at spaces, and one with no space at all anywhere', () => {
    const words = 'word '.repeat(5000).trimEnd()
    const wordSpans = splitSentences(words)
    expect(wordSpans.length).toBeGreaterThan(1)
    expect(wordSpans.map(([start, end]) => words.slice(start, end)).join(' ')).toBe(words)
    const letters = 'a'.repeat(25_000)
    expect(splitSentences(letters).reduce((sum, [start, end]) => sum + end - start, 0)).toBe(letters.length)
  })
})
