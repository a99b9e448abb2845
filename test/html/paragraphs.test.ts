import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {storyWith} from './pages.js'

const paragraphsOf = (html: string) => parseArticle(html, {format: 'html'}).sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text))

describe('HTML paragraphs with many links', () => {
  // [case, paragraph markup, read as a paragraph]
  const rows: Array<[string, string, boolean]> = [
    ['a sentence whose middle is a link', '<p>The council voted to <a href="/a">extend the picking season by two weeks</a>.</p>', true],
    ['a sentence of several links', '<p>After <a href="/a">the plum fair closed early</a>, it was <a href="/b">the cider press</a> that drew <a href="/c">the largest crowds of the year</a>.</p>', true],
    ['a link with only a full stop', '<p><a href="/a">The harvest is not over yet</a>.</p>', false],
    ['a “read more” teaser', '<p>Read more: <a href="/a">Why the valley’s pear trees flowered twice this year</a></p>', false],
    ['a line of links', '<p><a href="/a">Farms</a> | <a href="/b">Markets</a> | <a href="/c">Weather for the whole valley</a></p>', false]
  ]
  it.each(rows)('%s', (_, markup, kept) => {
    const paragraphs = paragraphsOf(storyWith(markup))
    expect(paragraphs).toHaveLength(kept ? 5 : 4)
  })
})
