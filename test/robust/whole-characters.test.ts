import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {wholeCharacters} from '../../src/blocks/whole-characters.js'
import {sliceSource, type SourceText} from '../../src/blocks/source-text.js'
import {checkPositions} from '../property/check-article.js'

/** A block whose units sit at the given input offsets (the end after the last). */
function mapped(text: string, offsets: readonly number[]): SourceText {
  return {text, offsetAt: (index) => offsets[Math.min(index, offsets.length - 1)]!}
}

// "x≂̸ y": units 1 and 2 both come from one reference at offset 1 ("x&NotEqualTilde; y").
const block = mapped('x\u2242\u0338 y', [0, 1, 1, 16, 17, 18])

describe('wholeCharacters', () => {
  it.each<[label: string, start: number, end: number, expected: [number, number]]>([
    ['a span on whole characters', 0, 1, [0, 1]],
    ['a start between the two units of a reference', 2, 5, [1, 5]],
    ['an end between them', 0, 2, [0, 3]],
    ['both ends inside the same reference', 2, 2, [1, 1]],
    ['the whole text', 0, 5, [0, 5]]
  ])('%s', (_label, start, end, expected) => {
    expect(wholeCharacters(block, start, end)).toEqual(expected)
  })

  it('leaves plain text as it is', () => {
    expect(wholeCharacters(sliceSource('Ana Lowe spoke.', 40), 4, 8)).toEqual([4, 8])
  })
})

describe('quote phrases after a character reference that decodes to two units', () => {
  it.each([
    '<p>"We stay," &NotEqualTilde; reporters told the press.</p>',
    '<p>"We stay," &nvlt;reporters said.</p>',
    '<p>"We stay," said &NotEqualTilde;Ana Lowe.</p>'
  ])('every position of %s slices back to its text', (html) => {
    const article = parseArticle(html, {format: 'html'})
    void article.entities
    expect(() => checkPositions(html, JSON.parse(JSON.stringify(article)) as unknown, 'html')).not.toThrow()
  })
})
