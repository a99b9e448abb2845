import rehypeParse from 'rehype-parse'
import remarkParse from 'remark-parse'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {newsAnatomy} from '../../src/unified/index.js'
import {formatOfTree} from '../../src/unified/format-of-tree.js'

const html = '<article><h1>Library opens on Sundays</h1><p>The town library will open on Sundays from June, the council said on Monday.</p></article>'
const markdown = '# Library opens on Sundays\n\nThe town library will open on Sundays from June, the council said on Monday.'
const text = 'Library opens on Sundays\n\nThe town library will open on Sundays from June, the council said on Monday.'

async function run(parser: 'rehype' | 'remark' | 'retext', value: string, options?: {format: 'text' | 'html' | 'markdown'}) {
  const file = new VFile({value, path: 'story'})
  if (parser === 'rehype') {
    const processor = unified().use(rehypeParse).use(newsAnatomy, options)
    await processor.run(processor.parse(file), file)
  } else if (parser === 'remark') {
    const processor = unified().use(remarkParse).use(newsAnatomy, options)
    await processor.run(processor.parse(file), file)
  } else {
    const processor = unified().use(retextEnglish).use(newsAnatomy, options)
    await processor.run(processor.parse(file), file)
  }
  return file
}

describe('newsAnatomy (unified plugin)', () => {
  // [parser, input, format parseArticle is given]
  const rows: Array<['rehype' | 'remark' | 'retext', string, 'html' | 'markdown' | 'text']> = [
    ['rehype', html, 'html'],
    ['remark', markdown, 'markdown'],
    ['retext', text, 'text']
  ]
  it.each(rows)('after %s-parse puts the same article on file.data.article', async (parser, value, format) => {
    const file = await run(parser, value)
    expect(file.data.article).toEqual(parseArticle(value, {format}))
    expect(file.data.article?.headline?.text).toBe('Library opens on Sundays')
  })

  it('reports findings as vfile messages with source, ruleId and place', async () => {
    const file = await run('rehype', '<p>Just a line.</p>')
    const ids = file.messages.map((message) => message.ruleId)
    expect(ids).toContain('no-headline')
    for (const message of file.messages) expect(message.source).toBe('news-anatomy')
    const expected = parseArticle('<p>Just a line.</p>', {format: 'html'}).messages
    expect(file.messages.map((message) => message.reason)).toEqual(expected.map((message) => message.reason))
  })

  it.each([
    ['rehype', html, 'html'],
    ['remark', markdown, 'markdown'],
    ['retext', text, 'text']
  ] as const)('works with .process() after %s-parse: the article on file.data and, with no other compiler, as JSON', async (parser, value, format) => {
    const plugins = {rehype: rehypeParse, remark: remarkParse, retext: retextEnglish}
    const file = await unified().use(plugins[parser]).use(newsAnatomy).process(new VFile({value, path: 'story'}))
    const expected = parseArticle(value, {format})
    expect(file.data.article).toEqual(expected)
    expect(JSON.parse(String(file))).toEqual(JSON.parse(JSON.stringify(expected)))
  })

  it('leaves the output to a compiler used after it, and still puts the article on file.data', async () => {
    const file = await unified()
      .use(rehypeParse)
      .use(newsAnatomy)
      .use(function () {
        this.compiler = () => 'compiled by the next plugin'
      })
      .process(html)
    expect(String(file)).toBe('compiled by the next plugin')
    expect(file.data.article?.headline?.text).toBe('Library opens on Sundays')
  })

  it('reads the file, not the tree: a tree run with a file without text gives a fatal message and no article', async () => {
    const processor = unified().use(rehypeParse).use(newsAnatomy)
    const file = new VFile()
    await processor.run(processor.parse(html), file)
    expect(file.data.article).toBeUndefined()
    expect(file.messages.map((message) => [message.ruleId, message.fatal])).toEqual([['file-without-text', true]])
  })

  it('takes a format option over the tree', async () => {
    const file = await run('retext', markdown, {format: 'markdown'})
    expect(file.data.article?.headline?.text).toBe('Library opens on Sundays')
  })

  // [tree, format]
  const trees: Array<[{type: string; children?: Array<{type: string}>}, string]> = [
    [{type: 'RootNode', children: []}, 'text'],
    [{type: 'root', children: [{type: 'doctype'}, {type: 'element'}]}, 'html'],
    [{type: 'root', children: [{type: 'heading'}]}, 'markdown'],
    [{type: 'root', children: []}, 'auto']
  ]
  it.each(trees)('formatOfTree(%j) is %s', (tree, format) => {
    expect(formatOfTree(tree)).toBe(format)
  })
})
