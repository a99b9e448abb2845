import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'

const page = (opening: string): string => `<!doctype html><html><head><title>Harbour Weekly</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Ferries sail again after a week of storms</h1>
<div class="story">
${opening}
<p>Ferries ran again on Sunday after a week of storms kept the whole fleet in port at Wenbrook.</p>
<p>More than two hundred passengers waited on the quay for the first crossing, the operator said.</p>
<p>The harbour master said the breakwater had held, though two jetties will need repairs.</p>
</div></article>
<footer><p>Harbour Weekly is printed every Thursday for the villages along the coast.</p></footer>
</body></html>`

// [case, lines before the story's first prose paragraph, byline text, authors]
const rows: Array<[string, string, string | undefined, string[] | undefined]> = [
  [
    'a byline under a tool label, with the desk after a <br>',
    '<div class="tools">Text size</div><div class="author-line">By <a rel="author" href="/jane">Jane Doe</a><br>Harbour News Desk</div>',
    'By Jane Doe',
    ['Jane Doe']
  ],
  ['a byline named by rel=author', '<div class="tools">Text size</div><div>By <a rel="author" href="/sam">Sam Lee</a></div>', 'Sam Lee', ['Sam Lee']],
  ['a byline right under the headline', '<div class="byline">By Ana Ruiz<br>Coast reporter</div>', 'By Ana Ruiz', ['Ana Ruiz']],
  ['a <br> after a line that is no byline stays', '<div class="tools">Text size</div><div class="byline">Written by<br>Ana Ruiz</div>', 'Written by Ana Ruiz', ['Ana Ruiz']],
  ['no byline', '<div class="tools">Text size</div>', undefined, undefined]
]

describe('HTML byline in the story’s box', () => {
  it.each(rows)('%s', (_case, opening, text, authors) => {
    const article = parseArticle(page(opening), {format: 'html'})
    expect(article.byline?.text).toBe(text)
    expect(article.byline?.authors).toEqual(authors)
    const paragraphs = article.sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text))
    expect(paragraphs.filter((paragraph) => /Jane|Sam Lee|Ana Ruiz/.test(paragraph))).toEqual([])
    expect(paragraphs.slice(-3)).toHaveLength(3)
  })
})

describe('HTML byline nested deep', () => {
  it('finds a <br> in a byline however deep it is nested (no recursion)', {timeout: 60_000}, () => {
    const depth = 20_000
    const opening = `<div class="byline">${'<span>'.repeat(depth)}By Ana Ruiz<br>Coast reporter${'</span>'.repeat(depth)}</div>`
    const article = parseArticle(page(opening), {format: 'html'})
    expect(article.byline?.text).toBe('By Ana Ruiz')
  })
})
