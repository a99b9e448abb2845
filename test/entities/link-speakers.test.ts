import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'

const text = [
  'Harbour lights return to Point Vale',
  'The lighthouse at Point Vale will shine again, its keeper Mara Quell said on Monday.',
  '“It has been dark too long,” she said.',
  'The Vale Harbour Trust said the lamp passed its inspection.',
  'Residents said they were glad.'
].join('\n\n')

describe('Entity.speakers', () => {
  it('links each named speaker to its entity, pronoun quotes included', () => {
    const article = parseArticle(text)
    const linked = new Map<string, string[]>()
    for (const entity of article.entities) for (const index of entity.speakers ?? []) linked.set(article.speakers[index]!.name, [...(linked.get(article.speakers[index]!.name) ?? []), entity.name])
    expect(linked.get('Mara Quell')).toEqual(['Mara Quell'])
    expect(linked.get('Vale Harbour Trust')).toEqual(['Vale Harbour Trust'])
    const quell = article.speakers.findIndex((speaker) => speaker.name === 'Mara Quell')
    expect(article.speakers[quell]!.quotes).toBe(2)
  })

  it('leaves groups and entities that speak no quote unlinked', () => {
    const article = parseArticle(text)
    const residents = article.speakers.findIndex((speaker) => speaker.kind === 'group')
    expect(article.entities.some((entity) => entity.speakers?.includes(residents))).toBe(false)
    expect(article.entities.find((entity) => entity.name === 'Point Vale')?.speakers).toBeUndefined()
  })
})
