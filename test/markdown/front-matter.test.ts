import {describe, expect, it} from 'vitest'
import {readFrontMatter} from '../../src/blocks/markdown/read-front-matter.js'
import {parseArticle} from '../../src/index.js'

const body = 'The first ferry of the season left the mainland at seven on Tuesday, carrying forty passengers.\n\nThe timetable runs until October, with an extra crossing on Saturdays.\n'

const yaml = `---
title: "Ferry service returns to the islands"
description: Crossings resume after a winter of repairs to the old pier.
author: Lena Hart and Omar Vik
date: 2026-03-03
tags: [ferries, islands]
draft: false
---

${body}`

const toml = `+++
title = "Ferry service returns to the islands"
subtitle = 'Crossings resume after a winter of repairs.'
authors = ["Lena Hart", "Omar Vik"]
date = 2026-03-03T07:00:00Z
[extra]
author = "Not Top Level"
+++
${body}`

const yamlList = `---
headline: Ferry service returns
authors:
  - Lena Hart
  - "Omar Vik"
published: "2026-03-03"
---
# Ferry service returns to the islands

${body}`

/** The slice of the input a block's position spans. */
const source = (input: string, block: {position: {start: {offset: number}; end: {offset: number}}} | undefined) =>
  block ? input.slice(block.position.start.offset, block.position.end.offset) : undefined

describe('Markdown front matter', () => {
  it.each<[label: string, input: string, headline: string, dek: string | undefined, authors: string[], published: string]>([
    ['YAML', yaml, 'Ferry service returns to the islands', 'Crossings resume after a winter of repairs to the old pier.', ['Lena Hart', 'Omar Vik'], '2026-03-03'],
    ['TOML', toml, 'Ferry service returns to the islands', 'Crossings resume after a winter of repairs.', ['Lena Hart', 'Omar Vik'], '2026-03-03T07:00:00Z'],
    ['YAML with a list and a # heading', yamlList, 'Ferry service returns to the islands', undefined, ['Lena Hart', 'Omar Vik'], '2026-03-03']
  ])('%s: read as metadata, not as a heading', (_label, input, headline, dek, authors, published) => {
    const article = parseArticle(input)
    expect(article.headline?.text).toBe(headline)
    expect(article.dek?.text).toBe(dek)
    expect(article.byline?.authors).toEqual(authors)
    expect(article.published?.text).toBe(published)
    // No front matter line became a heading or a paragraph.
    expect(article.sections.flatMap((section) => (section.heading ? [section.heading.text] : []))).toEqual([])
    expect(article.sections.flatMap((section) => section.paragraphs).map((paragraph) => paragraph.text)).toEqual([
      'The first ferry of the season left the mainland at seven on Tuesday, carrying forty passengers.',
      'The timetable runs until October, with an extra crossing on Saturdays.'
    ])
    // Positions point into the input.
    expect(source(input, article.headline)).toBe(headline)
    expect(source(input, article.published)).toBe(published)
    expect(input.slice(article.sections[0]!.paragraphs[0]!.position.start.offset).startsWith('The first ferry')).toBe(true)
  })

  it.each<[label: string, input: string]>([
    ['thematic breaks around prose', '---\nThe ferry left at seven, carrying forty passengers.\n---\n\nMore text.'],
    ['a rule that never closes', '---\ntitle: Open\n\nText.'],
    ['a fence not at the very start', 'Intro.\n---\ntitle: Late\n---\n'],
    ['an empty block', '---\n---\nText.']
  ])('%s is no front matter', (_label, input) => {
    expect(readFrontMatter(input)).toBeUndefined()
  })

  it('blanks the front matter out of the body without moving anything', () => {
    const front = readFrontMatter(yaml)!
    expect(front.body.length).toBe(yaml.length)
    expect(front.body.trimStart().startsWith('The first ferry')).toBe(true)
    expect(front.body.split('\n').length).toBe(yaml.split('\n').length)
  })

  it('reads quoted values with their own spans, comments left out', () => {
    const input = "---\ntitle: 'It''s back'   \nauthor: Lena Hart # staff\n---\nText."
    const front = readFrontMatter(input)!
    expect(front.title?.text).toBe("It's back")
    expect(front.byline?.authors).toEqual(['Lena Hart'])
    expect(input.slice(front.byline!.start, front.byline!.end)).toBe('Lena Hart')
  })

  it('is recognised by format auto', () => {
    expect(parseArticle(yaml).headline?.text).toBe('Ferry service returns to the islands')
    expect(parseArticle(toml).byline?.authors).toEqual(['Lena Hart', 'Omar Vik'])
  })
})
