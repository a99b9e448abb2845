import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'

describe('article.entities', () => {
  it('lists named speakers once with every mention, full name first', () => {
    const text = 'Harbour Plan Approved\n\n“We will build it,” said Lena Okafor, a spokesperson for the Harbour Authority.\n\n“It is final,” Okafor told reporters.'
    const article = parseArticle(text)
    const okafor = article.entities.find((entity) => entity.name === 'Lena Okafor')
    expect(okafor?.kind).toBe('person')
    expect(okafor?.mentions.map((mention) => mention.text)).toEqual(['Lena Okafor', 'Okafor'])
    for (const entity of article.entities) {
      for (const mention of entity.mentions) expect(text.slice(mention.position.start.offset, mention.position.end.offset)).toBe(mention.text)
    }
  })
})
