import {describe, expect, it} from 'vitest'
import {sliceMapped} from '../../src/blocks/html/element-text.js'
import {createMappedTextBuilder} from '../../src/blocks/mapped-text.js'
import {parseArticle} from '../../src/index.js'

// A caption's credit is cut off its text with sliceMapped; the text's end must
// lie past the whole character reference it ends with, whatever it decodes to.
describe('mapped text ends after a whole reference', () => {
  // [case, the caption as written, the caption's text]
  const rows: Array<[string, string, string]> = [
    ['a reference that decodes to two code units', 'Gulls over the pier &NotEqualTilde; (Photo: Ana Ruiz)', 'Gulls over the pier &NotEqualTilde;'],
    ['a one-unit named reference', 'Gulls over the pier &amp; (Photo: Ana Ruiz)', 'Gulls over the pier &amp;'],
    ['a numeric reference beyond the BMP', 'Gulls over the pier &#x1F54A; (Photo: Ana Ruiz)', 'Gulls over the pier &#x1F54A;'],
    ['a literal surrogate pair', 'Gulls over the pier 🕊 (Photo: Ana Ruiz)', 'Gulls over the pier 🕊'],
    ['plain letters', 'Gulls over the pier (Photo: Ana Ruiz)', 'Gulls over the pier']
  ]
  it.each(rows)('%s', (_, caption, written) => {
    const html = `<html><body><article><h1>Pier reopens</h1><figure><img src="a.jpg"><figcaption>${caption}</figcaption></figure><p>The pier reopened on Monday after a long wait for the town, officials said.</p><p>Boats will return next week, the harbour master said in a short note.</p></article></body></html>`
    const [found] = parseArticle(html, {format: 'html'}).captions
    expect(found).toBeDefined()
    expect(html.slice(found!.position.start.offset, found!.position.end.offset)).toBe(written)
  })

  it('keeps an end inside the text where the cut is', () => {
    const text = {text: 'ab', start: 10, end: 30, offsetAt: (index: number) => [10, 11][index] ?? 30, endAt: (index: number) => [11, 30][index] ?? 30}
    expect(sliceMapped(text, 1).end).toBe(11)
    expect(sliceMapped(text, 1).endAt(0)).toBe(11)
    expect(sliceMapped(text, 0).end).toBe(10)
  })
})

// The builder keeps offsets and ends as a few runs; every character must still answer exactly.
describe('mapped text answers every character from its runs', () => {
  type Step = ['push', string, number, number] | ['boundary', number]
  // [case, steps from offset 0, text, offsetAt per index, endAt per index]
  const rows: Array<[string, Step[], string, number[], number[]]> = [
    ['letters and a collapsed space', [['push', 'a', 0, 1], ['boundary', 1], ['push', 'b', 2, 3]], 'a b', [0, 1, 2], [1, 1, 3]],
    ['a character reference, then a letter', [['push', '&', 0, 5], ['push', 'x', 5, 6]], '&x', [0, 5], [5, 6]],
    ['a literal surrogate pair', [['push', '🕊', 0, 2], ['push', 'z', 2, 3]], '🕊z', [0, 1, 2], [1, 2, 3]],
    ['a tag between two letters', [['push', 'a', 0, 1], ['push', 'b', 4, 5]], 'ab', [0, 4], [1, 5]],
    ['content the parser moved back, put in input order', [['push', 'c', 10, 11], ['boundary', 11], ['push', 'a', 2, 3]], 'a c', [2, 9, 10], [3, 10, 11]]
  ]
  it.each(rows)('%s', (_, steps, text, offsets, ends) => {
    const builder = createMappedTextBuilder(0)
    for (const step of steps) {
      if (step[0] === 'push') builder.push(step[1], step[2], step[3])
      else builder.boundary(step[1])
    }
    const mapped = builder.finish()
    expect(mapped.text).toBe(text)
    expect(Array.from({length: text.length}, (_, index) => mapped.offsetAt(index))).toEqual(offsets)
    expect(Array.from({length: text.length}, (_, index) => mapped.endAt(index))).toEqual(ends)
    expect(mapped.offsetAt(text.length)).toBe(mapped.end)
    expect(JSON.stringify(mapped)).toBe(JSON.stringify({text, start: offsets[0], end: ends.at(-1)}))
  })
})
