import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import type {Article, Block} from '../../src/index.js'
import {barePage, fragment, fullPage} from './pages.js'

const paragraphs = (article: Article) => article.sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text))
const headings = (article: Article) => article.sections.flatMap((section) => (section.heading ? [section.heading.text] : []))

/** Strip tags and decode the few references the test pages use, as a reader would see the source. */
function visible(source: string): string {
  return source
    .replace(/<q>/g, '\u201C')
    .replace(/<\/q>/g, '\u201D')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
}

describe('HTML input: what is read from a page', () => {
  const article = parseArticle(fullPage, {format: 'html'})

  // [field, expected]
  const rows: Array<[string, unknown]> = [
    ['headline', 'Lighthouse keeper retires after forty years'],
    ['dek', 'The town thanks the woman who kept the lamp burning through every storm.'],
    ['byline', 'By Mara Quill'],
    ['authors', ['Mara Quill']],
    ['published', '2024-05-02T08:00:00Z'],
    ['dateline', 'PORTVIK, May 2 (Gazette) —'],
    ['captions', ['Edda Nyberg climbs the tower stairs on Monday.']],
    ['credits of captions', ['Photo: Tom Ash']],
    ['headings', ['A life on the rocks', 'What comes next']],
    [
      'paragraphs',
      [
        'PORTVIK, May 2 (Gazette) — Edda Nyberg climbed the 112 steps of the north lighthouse for the last time on Monday, ending four decades of service.',
        '“The sea never asked me how I felt,” she said, “and I never asked it either.”',
        'She arrived as a relief keeper in the winter of her twenty-first year and stayed when the regular keeper fell ill.',
        'Over the years she logged every passing ship by hand, in ledgers now kept at the town museum & library.',
        'The lamp has been automated, and the council says the tower will open to visitors next spring.',
        'Nyberg plans to move inland, to a cottage with “no view of the water at all”.'
      ]
    ]
  ]
  const actual: Record<string, unknown> = {
    headline: article.headline?.text,
    dek: article.dek?.text,
    byline: article.byline?.text,
    authors: article.byline?.authors,
    published: article.published?.text,
    dateline: article.dateline?.text,
    captions: article.captions.map((caption) => caption.text),
    'credits of captions': article.captions.map((caption) => caption.credit),
    headings: headings(article),
    paragraphs: paragraphs(article)
  }
  it.each(rows)('%s', (field, expected) => {
    expect(actual[field]).toEqual(expected)
  })

  it('leaves out navigation, adverts, share bars, related links, comments and footers', () => {
    const all = JSON.stringify(article)
    for (const furniture of ['Local news', 'Share on social', 'Advertisement', 'Ferry timetable', 'lovely story', 'Copyright']) {
      expect(all).not.toContain(furniture)
    }
  })

  it('gives positions into the HTML: each block spans its own source text', () => {
    const blocks: Block[] = [
      ...(article.headline ? [article.headline] : []),
      ...article.captions,
      ...article.sections.flatMap((section) => [...(section.heading ? [section.heading] : []), ...section.paragraphs, ...section.paragraphs.flatMap((paragraph) => paragraph.sentences)])
    ]
    for (const block of blocks) {
      expect(visible(fullPage.slice(block.position.start.offset, block.position.end.offset))).toBe(block.text)
    }
  })

  it('gives a metadata value the position of the element stating it', () => {
    const source = fullPage.slice(article.published!.position.start.offset, article.published!.position.end.offset)
    expect(source).toMatch(/^<script type="application\/ld\+json">/)
  })
})

describe('HTML input: pages without metadata, fragments, odd input', () => {
  // [name, input, headline, paragraph count]
  const rows: Array<[string, string, string | undefined, number]> = [
    ['no metadata', barePage, 'Bakery wins regional bread prize', 3],
    ['a fragment', fragment, 'Rail line reopens', 2],
    ['an empty page', '<html><body></body></html>', undefined, 0],
    ['broken markup', '<div><p>Unclosed <b>tags <i>everywhere', undefined, 0]
  ]
  it.each(rows)('%s', (_, input, headline, count) => {
    const article = parseArticle(input, {format: 'html'})
    expect(article.headline?.text).toBe(headline)
    expect(paragraphs(article)).toHaveLength(count)
    if (!headline) expect(article.messages.map((message) => message.ruleId)).toContain('no-headline')
  })

  it('reads HTML by default (format auto)', () => {
    expect(parseArticle(fragment).headline?.text).toBe('Rail line reopens')
  })

  it('still reads plain text by default', () => {
    const text = 'Storm closes harbour\n\nBoats stayed in port on Friday as winds reached ninety kilometres an hour.'
    const article = parseArticle(text)
    const paragraph = article.sections[0]!.paragraphs[0]!
    expect(text.slice(paragraph.position.start.offset, paragraph.position.end.offset)).toBe(paragraph.text)
  })
})

describe('HTML nested very deep', () => {
  it('reads a story inside 10,000 unclosed elements, with no fatal message', {timeout: 20_000}, () => {
    // Tree building and every walk of the tree are iterative: depth is limited only by memory (issue 12).
    const story = '<h1>Ferry Service Returns</h1><p>The island ferry ran again on Monday after a month of repairs, the operator said.</p>'
    const article = parseArticle(`${'<div>'.repeat(10000)}${story}`, {format: 'html'})
    expect(article.messages.find((entry) => entry.ruleId === 'unreadable-markup')).toBeUndefined()
    expect(article.headline?.text).toBe('Ferry Service Returns')
    expect(article.sections.flatMap((section) => section.paragraphs).map((paragraph) => paragraph.text)).toEqual([
      'The island ferry ran again on Monday after a month of repairs, the operator said.'
    ])
  })
})
