import {describe, expect, it} from 'vitest'
import type {StoryBlock} from '../../src/blocks/html/collect-blocks.js'
import {findDekHeading} from '../../src/blocks/html/find-dek-heading.js'
import {parseArticle} from '../../src/index.js'

const description = 'Ferries to the outer islands ran again on Sunday after a week of storms.'
const block = (kind: StoryBlock['kind'], text: string): StoryBlock => ({kind, text: {text, start: 0, end: text.length, offsetAt: (index) => index, endAt: (index) => index + 1}})
const long = 'Islanders had waited on the quay since dawn, some with crates of eggs and others with a bicycle.'

describe('findDekHeading', () => {
  // [case, the story's blocks, the standfirst found]
  const rows: Array<[string, StoryBlock[], string | undefined]> = [
    ['a heading saying what the description says', [block('heading', 'Ferries to the outer islands ran again on Sunday after a week of storms'), block('paragraph', long)], 'Ferries to the outer islands ran again on Sunday after a week of storms'],
    ['after one paragraph (a box above it)', [block('paragraph', 'Sign up for our letter'), block('heading', 'Ferries to the outer islands ran again on Sunday after storms'), block('paragraph', long)], 'Ferries to the outer islands ran again on Sunday after storms'],
    ['a heading of its own words', [block('heading', 'On the quay'), block('paragraph', long)], undefined],
    ['a heading deep in the story', [block('paragraph', long), block('paragraph', long), block('paragraph', long), block('heading', 'Ferries to the outer islands ran again on Sunday after a week of storms')], undefined]
  ]
  it.each(rows)('%s', (_, blocks, expected) => {
    expect(findDekHeading(blocks, [description])?.text).toBe(expected)
  })

  it('reads such a heading as the dek of a page, not as a section heading, when a line stands above it', () => {
    const html = `<!doctype html><html lang="en"><head><title>Ferries run again</title><meta name="description" content="${description}"></head><body>
<h1>Ferries run again</h1><div class="story"><p>Listen to this story, read aloud in our app.</p><h2>${description}</h2><p>${long}</p><p>${long.replace('dawn', 'noon')}</p></div></body></html>`
    const article = parseArticle(html, {format: 'html'})
    expect(article.dek?.text).toBe(description)
    expect(article.sections.flatMap((section) => (section.heading ? [section.heading.text] : []))).toEqual([])
    expect(article.sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text))).not.toContain(description)
    expect(html.slice(article.dek!.position!.start.offset, article.dek!.position!.end.offset)).toBe(description)
  })
})
