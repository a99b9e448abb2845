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

describe('HTML text a reader does not see as part of the story', () => {
  // [case, markup between the second and third paragraphs, the paragraph read from it, if any]
  const rows: Array<[string, string, string | undefined]> = [
    ['a label for screen readers only', '<div class="visually-hidden">Story filed by the farm desk:</div>', undefined],
    ['an sr-only note inside a paragraph', '<p>The owners thanked <span class="sr-only">(link opens a new window)</span> every picker who came.</p>', 'The owners thanked every picker who came.'],
    ['an author’s bio box', '<div class="article-meta"><div class="author-bio"><p>Ada Fenn writes about farms and markets for the Orchard Weekly.</p></div></div>', undefined],
    ['a sign-up button’s label', '<div data-widget="offer"><a class="subscribe-button" href="/s"><span>Join today for one pound a month</span></a></div>', undefined]
  ]
  it.each(rows)('%s', (_, markup, expected) => {
    const paragraphs = paragraphsOf(storyWith(markup))
    expect(paragraphs.length === 5 ? paragraphs[2] : undefined).toBe(expected)
    expect(paragraphs).toHaveLength(expected === undefined ? 4 : 5)
  })
})
