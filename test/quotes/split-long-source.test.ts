import {describe, expect, it} from 'vitest'
import {sliceSource} from '../../src/blocks/source-text.js'
import {parseArticle} from '../../src/index.js'
import {maxSourceLength, splitLongSource} from '../../src/quotes/split-long-source.js'

// Rows of [text, limit, expected pieces]; every text is invented for the test.
const rows: [string, number, string[]][] = [
  // No longer than the limit: the block as it is.
  ['The ferry sails at noon.', 24, ['The ferry sails at noon.']],
  // A sentence end in the piece's second half is the cut.
  ['One two. Three four.', 12, ['One two. ', 'Three four.']],
  // No sentence end: the last white space in the second half.
  ['alpha beta gamma delta', 12, ['alpha beta ', 'gamma delta']],
  // White space only in the first half is not used: cut at the limit.
  ['ab cdefghijklmnop', 8, ['ab cdefg', 'hijklmno', 'p']],
  // No white space at all: pieces of exactly the limit.
  ['\u201D'.repeat(10), 4, ['\u201D'.repeat(4), '\u201D'.repeat(4), '\u201D'.repeat(2)]],
  // A cut never separates the two halves of a surrogate pair.
  ['abc\u{1F600}def', 4, ['abc', '\u{1F600}de', 'f']]
]

describe('splitLongSource', () => {
  it.each(rows)('%j at %i', (text, limit, expected) => {
    const pieces = splitLongSource(sliceSource(text, 0), limit)
    expect(pieces.map((piece) => piece.text)).toEqual(expected)
    expect(pieces.every((piece) => piece.text.length <= limit)).toBe(true)
  })

  it('maps every piece through the block’s own map', () => {
    const input = `Headline\n\n${'Rain fell. '.repeat(6)}`
    const start = input.indexOf('Rain')
    const pieces = splitLongSource(sliceSource(input.slice(start), start), 16)
    for (const piece of pieces) {
      expect(input.slice(piece.offsetAt(0), piece.offsetAt(piece.text.length))).toBe(piece.text)
    }
    expect(pieces.map((piece) => piece.text).join('')).toBe(input.slice(start))
  })
})

describe('long blocks in parseArticle', () => {
  it('reads a block longer than the limit in pieces, says so, and keeps positions exact', () => {
    const sentence = '“The dam will hold,” said Mira Sato, an engineer in Westbrook. '
    const block = sentence.repeat(Math.ceil((maxSourceLength * 1.5) / sentence.length))
    const input = `Engineers Check the Old Dam\n\n${block.trimEnd()}`
    const article = parseArticle(input)
    const long = article.messages.filter((message) => message.ruleId === 'long-block')
    expect(long).toHaveLength(1)
    expect(long[0]!.place).toMatchObject({start: {offset: input.indexOf('“')}, end: {offset: input.length}})
    // Every quote of every piece is found, with its speaker.
    expect(article.quotes).toHaveLength(block.split('“').length - 1)
    for (const quote of article.quotes) {
      expect(input.slice(quote.position.start.offset, quote.position.end.offset)).toContain(quote.text)
      expect(quote.attribution?.speaker.name).toBe('Mira Sato')
    }
  })

  it('gives no message for blocks within the limit', () => {
    const article = parseArticle('Engineers Check the Old Dam\n\n“The dam will hold,” said Mira Sato.')
    expect(article.messages.some((message) => message.ruleId === 'long-block')).toBe(false)
  })
})
