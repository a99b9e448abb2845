import type {Element, ElementContent, Root} from 'hast'
import {describe, expect, it} from 'vitest'
import {findCaptionCredits} from '../../src/blocks/html/caption-credits.js'
import {hasCaptionInside, hasImage} from '../../src/blocks/html/caption-element.js'
import {elementText} from '../../src/blocks/html/element-text.js'
import {isUncaptionedPhoto} from '../../src/blocks/html/figure-facts.js'
import {isPhotoBox} from '../../src/blocks/html/photo-box.js'
import {readMetadata} from '../../src/blocks/html/read-metadata.js'
import {parseArticle} from '../../src/index.js'

// Far deeper than a recursive walk survives on the default stack (about 10,000 frames), yet quick to build.
const depth = 20_000

const element = (tagName: string, children: ElementContent[] = [], properties: Element['properties'] = {}): Element => ({type: 'element', tagName, properties, children})
const text = (value: string): ElementContent => ({type: 'text', value})

/** `inner` wrapped in `depth` elements of `tag`, built in a loop. */
function nest(tag: string, inner: ElementContent[], count = depth): Element {
  let current = element(tag, inner)
  for (let level = 1; level < count; level++) current = element(tag, [current])
  return current
}

const photo = () => element('img', [], {src: 'a.jpg'})
const caption = (words: string) => element('figcaption', [text(words)])
const label = (node: Element) => elementText('', node).text

describe('tree walks read any depth of nesting', () => {
  // [what is asked, the answer on a tree nested `depth` deep, the answer expected]
  const rows: Array<[string, () => unknown, unknown]> = [
    ['elementText of deep spans', () => label(nest('span', [text('Ferry  runs')])), 'Ferry runs'],
    ['elementText of deep blocks keeps word boundaries', () => label(element('div', [nest('div', [text('Ferry')]), nest('p', [text('runs')])])), 'Ferry runs'],
    ['elementText of deep quotations', () => label(element('p', [text('He said'), nest('q', [text('go')], 3), text('.')])), 'He said\u201C\u201C\u201Cgo\u201D\u201D\u201D.'],
    ['hasImage: a photo at the bottom', () => hasImage(nest('div', [photo()])), true],
    ['hasImage: no photo', () => hasImage(nest('div', [text('none')])), false],
    ['hasImage asked again from inside the tree', () => {
      const tree = nest('div', [photo()])
      hasImage(tree)
      return hasImage(tree.children[0] as Element)
    }, true],
    ['hasCaptionInside: a figcaption at the bottom', () => hasCaptionInside(nest('div', [caption('Boats in port')])), true],
    ['hasCaptionInside: none', () => hasCaptionInside(nest('div', [text('Boats in port')])), false],
    ['isPhotoBox: a photo and a deep caption', () => isPhotoBox(element('aside', [photo(), nest('span', [caption('Boats in port at dawn')])])), true],
    ['isPhotoBox: a deep teaser link around the caption', () => isPhotoBox(element('aside', [photo(), nest('a', [caption('Boats in port at dawn')], 2), nest('span', [text('x')])])), false],
    ['isUncaptionedPhoto: a photo and one deep line', () => isUncaptionedPhoto(element('figure', [photo(), nest('div', [element('p', [text('Boats in port at dawn.')])])])), true],
    ['findCaptionCredits: a deep credit', () => findCaptionCredits(element('figcaption', [text('Boats in port. '), nest('span', [element('span', [text('Ida Marsh')], {className: ['credit']})])]), label).map(label), ['Ida Marsh']],
    ['findCaptionCredits keeps document order', () => findCaptionCredits(element('figcaption', [element('span', [element('cite', [text('One')])]), element('cite', [text('Two')])]), label).map(label), ['One', 'Two']]
  ]
  it.each(rows)('%s', (_, answer, expected) => {
    expect(answer()).toEqual(expected)
  })

  it('reads JSON-LD authors nested in lists many levels deep', () => {
    const author = `${'['.repeat(depth)}{"name": "Ida Marsh"}${']'.repeat(depth)}`
    const script = element('script', [text(`{"@type": "NewsArticle", "headline": "Ferry returns", "author": ${author}, "url": ${'['.repeat(depth)}"https://example.org/ferry"${']'.repeat(depth)}}`)], {type: 'application/ld+json'})
    const tree: Root = {type: 'root', children: [element('html', [element('head', [script])])]}
    const metadata = readMetadata(tree)
    expect(metadata.authors?.names).toEqual(['Ida Marsh'])
    expect(metadata.page.canonicalUrl).toBe('https://example.org/ferry')
  })
})

const story =
  '<h1>Ferry Service Returns</h1><p>The island ferry ran again on Monday after a month of repairs, the operator said.</p>' +
  '<p>Passengers waited at the pier from early morning to board the first crossing of the day.</p>'
// Deep enough for a recursive walk of the page to overflow, small enough to parse in well under a second
// (100,000 deep, and the same in a worker thread: test/adversarial/deep-story.test.ts).
const pageDepth = 5_000
const deepPage = (tag: string) => `<html><body>${`<${tag}>`.repeat(pageDepth)}${story}${`</${tag}>`.repeat(pageDepth)}</body></html>`

describe('a story nested thousands of elements deep', () => {
  it.each(['div', 'span'])('is read from inside <%s>s, with positions', (tag) => {
    const input = deepPage(tag)
    const article = parseArticle(input, {format: 'html'})
    expect(article.messages.filter((message) => message.fatal)).toEqual([])
    expect(article.headline?.text).toBe('Ferry Service Returns')
    const paragraphs = article.sections.flatMap((section) => section.paragraphs)
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'The island ferry ran again on Monday after a month of repairs, the operator said.',
      'Passengers waited at the pier from early morning to board the first crossing of the day.'
    ])
    for (const paragraph of paragraphs) expect(input.slice(paragraph.position.start.offset, paragraph.position.end.offset)).toBe(paragraph.text)
  })

})
