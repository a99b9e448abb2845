import {describe, expect, it} from 'vitest'
import * as html from '../../src/html.js'
import * as full from '../../src/index.js'
import * as markdown from '../../src/markdown.js'
import * as text from '../../src/text.js'

// The light entries read what they bring and say so for the rest; given the
// formats they read, they give exactly what news-anatomy gives.
const page = '<!doctype html><html><body><article><h1>Ferry Service Returns</h1><p>The island ferry ran again on Monday, the operator said.</p></article></body></html>'
// Markdown by several marks (one leading `# ` alone reads as text under auto).
const story = '# Ferry Service Returns\n\n*A month of repairs is over.*\n\nThe island ferry ran again on Monday, [the operator](https://example.org) said.'
const plain = 'Ferry Service Returns\n\n“We are glad to be back,” said Ana Lowe, the operator, on Monday.'

// Rows of [entry, input, format, whether it reads it].
const rows: Array<[string, typeof text, string, 'auto' | 'text' | 'html' | 'markdown', boolean]> = [
  ['text', text, plain, 'text', true],
  ['text', text, page, 'html', false],
  ['text', text, story, 'markdown', false],
  ['html', html, page, 'html', true],
  ['html', html, plain, 'text', true],
  ['html', html, story, 'markdown', false],
  ['markdown', markdown, story, 'markdown', true],
  ['markdown', markdown, page, 'html', false]
]

describe('the light entries', () => {
  it.each(rows)('news-anatomy/%s with format %s', async (_name, entry, input, format, reads) => {
    await entry.load()
    if (reads) expect(JSON.stringify(entry.parseArticle(input, {format}))).toBe(JSON.stringify(full.parseArticle(input, {format})))
    else expect(() => entry.parseArticle(input, {format})).toThrow(new RegExp(`does not read .*import parseArticle from "news-anatomy/${format}"`))
  })

  it('read markup they have no reader for as text under auto, with a reader-not-loaded message', () => {
    const article = text.parseArticle(story)
    expect(article.messages[0]).toMatchObject({ruleId: 'reader-not-loaded', source: 'news-anatomy'})
    expect(article.messages[0]?.reason).toMatch(/looks like Markdown/)
    expect(html.parseArticle(story).messages[0]?.ruleId).toBe('reader-not-loaded')
    expect(markdown.parseArticle(page).messages[0]?.reason).toMatch(/looks like HTML/)
    expect(full.parseArticle(story).messages.map((message) => message.ruleId)).not.toContain('reader-not-loaded')
  })

  it('detect what they read under auto like news-anatomy', () => {
    expect(JSON.stringify(html.parseArticle(page))).toBe(JSON.stringify(full.parseArticle(page)))
    expect(JSON.stringify(markdown.parseArticle(story))).toBe(JSON.stringify(full.parseArticle(story)))
  })

  it.each([text, html, markdown, full])('parseArticleAsync gives the same article with entities', async (entry) => {
    const article = await entry.parseArticleAsync(plain)
    expect(article.entities.map((entity) => entity.name)).toContain('Ana Lowe')
    expect(JSON.stringify(article)).toBe(JSON.stringify(full.parseArticle(plain)))
  })
})
