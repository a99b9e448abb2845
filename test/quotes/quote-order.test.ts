import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'

// A page whose first paragraph stands before the headline: the quotes still come in input order.
const page =
  '<html><body><p>“We open at dawn,” the keeper said on the radio today.</p>' +
  '<article><h1>Keeper says the harbour lights will return</h1>' +
  '<p>The lighthouse will shine again, its keeper said on Monday in a statement.</p>' +
  '<p>“It has been dark too long,” said Mara Quell, the keeper.</p></article></body></html>'

describe('quote order', () => {
  it('keeps input order when a paragraph before the headline has a quote', () => {
    const article = parseArticle(page)
    const offsets = article.quotes.map((quote) => quote.position.start.offset)
    expect(article.quotes.length).toBeGreaterThanOrEqual(3)
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b))
    expect(article.quotes.some((quote) => quote.position.start.offset < article.headline!.position.start.offset)).toBe(true)
  })
})
