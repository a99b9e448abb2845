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

describe('HTML paragraphs inside a figure', () => {
  const lines = [
    'The owners say the first week brought in more apples than the whole of last autumn, thanks to the volunteers.',
    'Each picker was given a map of the rows and a ribbon to tie on the trees that had already been stripped bare.',
    'By noon the press house was full, and the owners had to ask a neighbour to lend them a second trailer for crates.',
    'Children from the village school came on Friday afternoon and picked the low branches that the adults had missed.',
    'The cider from this year will be ready in the spring, when the owners plan a tasting evening for all the pickers.',
    'A local choir sang in the barn on Saturday evening, and the owners served soup made from their own vegetables.'
  ]
  it('keeps a long text beside a photo as paragraphs, not as one caption', () => {
    const article = parseArticle(storyWith(`<figure><img src="a.jpg" alt="">${lines.map((line) => `<p>${line}</p>`).join('')}</figure>`), {format: 'html'})
    expect(article.captions).toEqual([])
    expect(article.sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text)).slice(2, 8)).toEqual(lines)
  })
})
