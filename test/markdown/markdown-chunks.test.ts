import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {markdownChunks} from '../../src/blocks/markdown/markdown-chunks.js'
import {readMarkdownArticle} from '../../src/blocks/markdown/read-markdown.js'
import {createLocator} from '../../src/locate.js'
import {markdownArticle} from '../property/markup-arbitraries.js'

describe('markdownChunks', () => {
  it.each([
    ['short text is one piece', 'One.\n\nTwo.\n', 100, [0]],
    ['cuts after blank lines', 'One.\n\nTwo.\n\nThree.\n', 4, [0, 6, 12]],
    ['not before an indented line', 'One.\n\n    code\n\nTwo.\n', 4, [0, 16]],
    ['not inside fenced code', 'One.\n\n```\na\n\nb\n```\n\nTwo.\n', 4, [0, 6, 20]],
    ['not inside an HTML comment', 'One.\n\n<!-- a\n\nb -->\n\nTwo.\n', 4, [0, 6, 21]],
    ['not inside <pre>', 'One.\n\n<pre>\n\nb\n</pre>\n\nTwo.\n', 4, [0, 6, 23]],
    ['not after a paragraph line', 'One.\nTwo.\n\nThree.\n', 4, [0, 11]],
    ['a document with link references is one piece', 'One [a].\n\nTwo.\n\n[a]: https://example.com\n', 4, [0]],
    ['a reference label over two lines, or with an escaped bracket, counts', 'One [a b].\n\nTwo.\n\n[a\nb]: https://example.com\n\n[c\\]]: /c\n', 4, [0]],
    ['brackets that define nothing do not', 'One [a].\n\n[a [b]: c\n\nTwo.\n', 4, [0, 10, 21]],
    ['CR LF lines', 'One.\r\n\r\nTwo.\r\n', 4, [0, 8]]
  ])('%s', (_, text, size, starts) => {
    expect(markdownChunks(text, size)).toEqual(starts)
  })
})

describe('readMarkdownArticle in pieces', () => {
  it('reads a document cut at every possible place as it reads it whole', () => {
    fc.assert(
      fc.property(markdownArticle, (input) => {
        const locator = createLocator(input)
        expect(readable(readMarkdownArticle(input, locator, 1))).toEqual(readable(readMarkdownArticle(input, locator)))
      }),
      {numRuns: 40}
    )
  }, 30_000)

  it('keeps lines and columns of later pieces', () => {
    const input = '# Talks resume\n\nThe minister met\nJane Doe.\n\n\uFEFFA second paragraph.\n'
    const article = readMarkdownArticle(input, createLocator(input), 1)
    const paragraphs = article.structure.sections.flatMap((section) => section.paragraphs)
    expect(paragraphs.map((paragraph) => paragraph.position.start)).toEqual([
      {line: 3, column: 1, offset: 16},
      {line: 6, column: 2, offset: 45}
    ])
  })
})

/** What a read gives, functions replaced by the offsets they map every character to. */
function readable(read: ReturnType<typeof readMarkdownArticle>): unknown {
  const paragraphs = read.paragraphs.map((paragraph) => ({text: paragraph.text, offsets: Array.from({length: paragraph.text.length + 1}, (_, index) => paragraph.offsetAt(index))}))
  return JSON.parse(JSON.stringify({...read, paragraphs})) as unknown
}
