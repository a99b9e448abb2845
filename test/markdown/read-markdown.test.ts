import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import type {Article} from '../../src/index.js'

const story = `# Ferry service returns to the islands

*Crossings resume after a winter of repairs to the old pier.*

By Lena Hart and Omar Vik

![Passengers board the first ferry of the season](ferry.jpg "Harbour office")

The first **ferry** of the season left the mainland at seven on Tuesday, carrying [forty passengers](https://example.org/list) and a van of post.

## A long winter

Storms had damaged the pier in _November_, and the council closed it for repairs.

> "We counted the days," said one islander, who runs the village shop.

- Repairs cost more than planned.
- Work ended a week early.

![](pier.jpg "Workers on the rebuilt pier")

The timetable runs until October, with an extra crossing on Saturdays.
`

const paragraphs = (article: Article) => article.sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text))

describe('Markdown input', () => {
  const article = parseArticle(story, {format: 'markdown'})

  // [field, expected]
  const rows: Array<[string, unknown]> = [
    ['headline', 'Ferry service returns to the islands'],
    ['dek', 'Crossings resume after a winter of repairs to the old pier.'],
    ['authors', ['Lena Hart', 'Omar Vik']],
    ['captions', ['Passengers board the first ferry of the season', 'Workers on the rebuilt pier']],
    ['headings', ['A long winter']],
    [
      'paragraphs',
      [
        'The first ferry of the season left the mainland at seven on Tuesday, carrying forty passengers and a van of post.',
        'Storms had damaged the pier in November, and the council closed it for repairs.',
        '"We counted the days," said one islander, who runs the village shop.',
        'Repairs cost more than planned.',
        'Work ended a week early.',
        'The timetable runs until October, with an extra crossing on Saturdays.'
      ]
    ]
  ]
  const actual: Record<string, unknown> = {
    headline: article.headline?.text,
    dek: article.dek?.text,
    authors: article.byline?.authors,
    captions: article.captions.map((caption) => caption.text),
    headings: article.sections.flatMap((section) => (section.heading ? [section.heading.text] : [])),
    paragraphs: paragraphs(article)
  }
  it.each(rows)('%s', (field, expected) => {
    expect(actual[field]).toEqual(expected)
  })

  it('strips emphasis from the text but keeps positions on the source', () => {
    const first = article.sections[0]!.paragraphs[0]!
    const source = story.slice(first.position.start.offset, first.position.end.offset)
    expect(source.startsWith('The first **ferry**')).toBe(true)
    expect(source.endsWith('van of post.')).toBe(true)
    const sentence = article.sections[1]!.paragraphs[0]!.sentences[0]!
    expect(story.slice(sentence.position.start.offset, sentence.position.end.offset)).toBe('Storms had damaged the pier in _November_, and the council closed it for repairs.')
  })

  it('maps an image caption onto its alt text', () => {
    const caption = article.captions[0]!
    expect(story.slice(caption.position.start.offset, caption.position.end.offset)).toBe(caption.text)
  })

  // [input, headline, paragraph count]
  const odd: Array<[string, string | undefined, number]> = [
    ['', undefined, 0],
    ['## Only a section\n\nSome words here.', undefined, 1],
    ['# Title only', 'Title only', 0],
    ['# A\n\n```\ncode block\n```\n\nText after code.', 'A', 1]
  ]
  it.each(odd)('odd input %j', (input, headline, count) => {
    const result = parseArticle(input, {format: 'markdown'})
    expect(result.headline?.text).toBe(headline)
    expect(paragraphs(result)).toHaveLength(count)
  })

  it('is recognised by format auto', () => {
    expect(parseArticle(story).headline?.text).toBe('Ferry service returns to the islands')
  })
})
