import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import type {Entity, Quote} from '../../src/types.js'

const text = [
  'Harbour lights return to Point Vale',
  'The lighthouse at Point Vale will shine again, its keeper Mara Quell said on Monday.',
  '“It has been dark too long,” Quell said.',
  'The Coast Guard said the lamp passed its inspection.'
].join('\n\n')

describe('article.entities', () => {
  it('is an enumerable property, assignable in strict mode', () => {
    'use strict'
    const article = parseArticle(text) as {entities: readonly Entity[]}
    expect(Object.keys(article)).toContain('entities')
    const replacement: Entity[] = []
    expect(() => {
      article.entities = replacement
    }).not.toThrow()
    expect(article.entities).toBe(replacement)
    expect(JSON.parse(JSON.stringify(article)).entities).toEqual([])
  })

  it('can be assigned after it was read', () => {
    const article = parseArticle(text) as {entities: readonly Entity[]}
    expect(article.entities.length).toBeGreaterThan(0)
    article.entities = []
    expect(article.entities).toEqual([])
  })

  it('reads the parse, not later edits of the quotes', () => {
    const fresh = parseArticle(text).entities
    const article = parseArticle(text)
    for (const quote of article.quotes as ({attribution?: {speaker: {kind: string}}} & Quote)[]) {
      if (quote.attribution) quote.attribution.speaker.kind = 'organization'
    }
    for (const speaker of article.speakers as unknown as {kind: string}[]) speaker.kind = 'organization'
    expect(article.entities).toEqual(fresh)
  })

  it('is computed once', () => {
    const article = parseArticle(text)
    expect(article.entities).toBe(article.entities)
  })
})
