import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {escapeHtml} from '../../src/report/escape-html.js'
import {renderMarked, type Mark} from '../../src/report/render-marked.js'

// A mark named by a letter: <x> for rank-0 blocks, <y>, <z> for inner ranks.
function mark(name: string, start: number, end: number, rank: number, extra: Partial<Mark> = {}): Mark {
  return {start, end, rank, tag: name, attributes: extra.attributes ?? '', ...extra}
}
const plain = (text: string) => escapeHtml(text)

describe('renderMarked', () => {
  // Rows of [source, marks, expected HTML].
  const rows: Array<[string, string, Mark[], string]> = [
    ['no marks', 'a<b>&"c\'', [], 'a&lt;b&gt;&amp;&quot;c&#39;'],
    ['a span inside a block', 'abcdefghij', [mark('p', 0, 10, 0), mark('q', 2, 5, 1)], '<p>ab<q>cde</q>fghij</p>'],
    ['two spans crossing: the later one is split', 'abcdefgh', [mark('a', 0, 5, 1), mark('b', 3, 8, 1)], '<a>abc<b>de</b></a><b>fgh</b>'],
    ['a quote across two paragraphs is split, the paragraphs stay whole', 'ab cd', [mark('q', 1, 5, 1), mark('p', 0, 2, 0), mark('p', 3, 5, 0)], '<p>a<q>b</q></p><q> </q><p><q>cd</q></p>'],
    ['a cue crossing the end of a quote', 'abcdef', [mark('q', 0, 4, 1), mark('c', 2, 6, 2)], '<q>ab<c>cd</c></q><c>ef</c>'],
    ['same span, rank decides the order', 'abc', [mark('z', 0, 3, 2), mark('x', 0, 3, 0), mark('y', 0, 3, 1)], '<x><y><z>abc</z></y></x>'],
    ['same rank and start: the longer one outside', 'abcd', [mark('s', 0, 2, 1), mark('l', 0, 4, 1)], '<l><s>ab</s>cd</l>'],
    ['empty and reversed marks are ignored', 'abc', [mark('e', 1, 1, 0), mark('r', 2, 1, 0)], 'abc'],
    ['offsets out of range are clamped', 'abc', [mark('p', -5, 99, 0)], '<p>abc</p>'],
    ['a mark ending where another starts', 'abcd', [mark('a', 0, 2, 1), mark('b', 2, 4, 1)], '<a>ab</a><b>cd</b>'],
    ['a span nested three deep', 'abcdefg', [mark('x', 0, 7, 0), mark('y', 1, 6, 1), mark('z', 2, 5, 2)], '<x>a<y>b<z>cde</z>f</y>g</x>']
  ]
  it.each(rows)('%s', (_, source, marks, expected) => {
    expect(renderMarked(source, marks, plain)).toBe(expected)
  })

  it('gives the first fragment its id and tail, later fragments their own attributes', () => {
    const marks = [mark('q', 0, 4, 1, {attributes: ' id="q1" class="q"', tail: '<t></t>'}), mark('p', 2, 4, 0)]
    expect(renderMarked('abcd', marks, plain)).toBe('<q id="q1" class="q">ab<t></t></q><p><q class="q">cd</q></p>')
    const later = [mark('q', 0, 4, 1, {attributes: ' id="q1"', laterAttributes: ' class="more"'}), mark('p', 2, 4, 0)]
    expect(renderMarked('abcd', later, plain)).toBe('<q id="q1">ab</q><p><q class="more">cd</q></p>')
  })

  it('opens no element for text the writer drops', () => {
    const dropGaps = (text: string, inBlock: boolean) => (inBlock || text.trim() !== '' ? escapeHtml(text) : '')
    const marks = [mark('p', 0, 2, 0, {block: true}), mark('q', 1, 6, 1), mark('p', 4, 6, 0, {block: true})]
    expect(renderMarked('ab\n\ncd', marks, dropGaps)).toBe('<p>a<q>b</q></p><p><q>cd</q></p>')
  })

  it('keeps every character and nests properly, whatever the marks', () => {
    const names = ['a', 'b', 'c', 'd']
    const markArbitrary = fc.record({start: fc.integer({min: -2, max: 22}), end: fc.integer({min: -2, max: 22}), rank: fc.integer({min: 0, max: 3}), name: fc.constantFrom(...names)})
    fc.assert(
      fc.property(fc.string({maxLength: 20}), fc.array(markArbitrary, {maxLength: 8}), (source, specs) => {
        const html = renderMarked(source, specs.map((spec) => mark(spec.name, spec.start, spec.end, spec.rank)), plain)
        const stack: string[] = []
        for (const [, closing, name] of html.matchAll(/<(\/?)([a-d])>/g)) {
          if (closing) expect(stack.pop()).toBe(name)
          else stack.push(name!)
        }
        expect(stack).toEqual([])
        const text = html.replace(/<\/?[a-d]>/g, '')
        expect(text).toBe(escapeHtml(source))
      }),
      {numRuns: 400}
    )
  })
})
