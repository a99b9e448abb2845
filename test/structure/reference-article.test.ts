import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'

// The structural part of the reference article, as issue 2 states it. The
// golden file beside the input pins the whole output; this test pins what the
// structure rules must keep whatever else changes.
const input = readFileSync(new URL('../fixtures/voa-taliban-al-qaida/input.txt', import.meta.url), 'utf8')
const article = parseArticle(input)

describe('reference article structure', () => {
  it('finds the page furniture and the headline', () => {
    expect(article.boilerplate.map((block) => block.text)).toEqual(['Accessibility links', 'Breaking News'])
    expect(article.headline?.text).toBe('Afghan Government Says Taliban Maintaining Ties With Al-Qaida')
  })

  it('finds three captions, each once, with their details', () => {
    expect(article.captions).toHaveLength(3)
    const [nds, fbi, chinook] = article.captions
    expect(nds).toMatchObject({file: true, place: 'Jalalabad, Afghanistan', date: 'Jan. 23, 2019'})
    expect(nds?.text.startsWith('FILE - Forces with')).toBe(true)
    expect(fbi?.occurrences).toHaveLength(2)
    expect(fbi?.credit).toBe('released by the FBI')
    expect(chinook?.occurrences).toHaveLength(2)
    expect(chinook).toMatchObject({file: true, date: 'Jan. 15, 2019'})
    expect(chinook?.text).toContain('Chinook')
  })

  it('finds the sections with their paragraph counts', () => {
    expect(article.sections.map((section) => [section.heading?.text, section.paragraphs.length])).toEqual([
      [undefined, 18],
      ['US withdrawal', 4],
      ['Talks and violence', 11]
    ])
  })

  it('finds one credit', () => {
    expect(article.credits.map((credit) => credit.contributors)).toEqual([["VOA's Afghanistan Service"]])
  })

  it('slices every element back exactly', () => {
    const blocks = [
      article.headline!,
      ...article.boilerplate,
      ...article.captions,
      ...article.credits,
      ...article.sections.flatMap((section) => [...(section.heading ? [section.heading] : []), ...section.paragraphs, ...section.paragraphs.flatMap((paragraph) => paragraph.sentences)])
    ]
    for (const block of blocks) expect(input.slice(block.position.start.offset, block.position.end.offset)).toBe(block.text)
  })
})
