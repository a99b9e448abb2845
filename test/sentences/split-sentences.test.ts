import {ParseEnglish} from 'parse-english'
import {describe, expect, it} from 'vitest'
import {splitSentences} from '../../src/sentences/split-sentences.js'

/** The sentences `parse-english` itself finds in `text`, trimmed, as the independent answer. */
function parserSentences(text: string): string[] {
  const paragraph = new ParseEnglish().tokenizeParagraph(text)
  return paragraph.children.flatMap((sentence) => {
    if (sentence.type !== 'SentenceNode') return []
    const words = sentence.children.filter((node) => node.type !== 'WhiteSpaceNode')
    const start = words[0]?.position?.start.offset
    const end = words.at(-1)?.position?.end.offset
    return start === undefined || end === undefined || end <= start ? [] : [text.slice(start, end)]
  })
}

describe('splitSentences', () => {
  it.each<[text: string, sentences: string[]]>([
    ['The talks went on. They ended at noon.', ['The talks went on.', 'They ended at noon.']],
    ['  Mr. Doe left the U.S. on Monday.  ', ['Mr. Doe left the U.S. on Monday.']],
    ['', []]
  ])('splits %j', (text, sentences) => {
    expect(splitSentences(text).map(([start, end]) => text.slice(start, end))).toEqual(sentences)
  })

  // One-sentence paragraphs skip the parser: each row must split as parse-english splits it.
  it.each<[name: string, text: string, sentences: string[]]>([
    ['a closing quote after the mark', '“We will stay,” she said. ”', ['“We will stay,” she said. ”']],
    ['no mark at all', '  Talks resume in Westbrook as river rises ', ['Talks resume in Westbrook as river rises']],
    ['two marks', 'Who said that?!', ['Who said that?!']],
    ['white space only', ' \t \u00A0', []],
    ['a mark inside (the parser decides)', 'Mr. Doe left. Ms. Roe stayed.', ['Mr. Doe left.', 'Ms. Roe stayed.']],
    ['a line break (the parser decides)', 'One line\n\nAnother line.', ['One line', 'Another line.']],
    ['a leading U+FEFF (the parser keeps it)', '\uFEFFThe bridge reopened.', ['\uFEFFThe bridge reopened.']],
    ['U+0085 (white space to the parser only)', 'The bridge reopened\u0085', ['The bridge reopened']],
    ['a line separator inside', 'The bridge\u2028reopened.', ['The bridge\u2028reopened.']]
  ])('reads a paragraph with %s as parse-english does', (_name, text, sentences) => {
    const found = splitSentences(text).map(([start, end]) => text.slice(start, end))
    expect(found).toEqual(sentences)
    expect(found).toEqual(parserSentences(text))
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
