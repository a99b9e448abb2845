import {describe, expect, it} from 'vitest'
import {sliceMapped} from '../../src/blocks/html/element-text.js'
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
