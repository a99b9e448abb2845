import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'

// The development corpus lives outside the project; without it this test says so and skips.
const folder = new URL('../../../shared/corpus/structure/', import.meta.url).pathname
const present = existsSync(folder)
const pages = present ? readdirSync(folder).filter((name) => name.endsWith('.html')) : []

describe.skipIf(!present)(`HTML pages of the development corpus (${present ? folder : 'skipped: ../shared/corpus is absent'})`, () => {
  it.each(pages)('%s: a headline, body paragraphs, positions inside the page', (name) => {
    const html = readFileSync(`${folder}${name}`, 'utf8')
    const article = parseArticle(html, {format: 'html'})
    expect(article.headline?.text).toBeTruthy()
    const paragraphs = article.sections.flatMap((section) => section.paragraphs)
    expect(paragraphs.length).toBeGreaterThan(2)
    for (const paragraph of paragraphs) {
      expect(paragraph.position.start.offset).toBeGreaterThanOrEqual(0)
      expect(paragraph.position.end.offset).toBeLessThanOrEqual(html.length)
      expect(paragraph.position.end.offset).toBeGreaterThan(paragraph.position.start.offset)
      for (const sentence of paragraph.sentences) {
        expect(sentence.position.start.offset).toBeGreaterThanOrEqual(paragraph.position.start.offset)
        expect(sentence.position.end.offset).toBeLessThanOrEqual(paragraph.position.end.offset)
      }
    }
  })
})
