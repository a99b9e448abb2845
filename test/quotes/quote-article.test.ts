import {describe, expect, it} from 'vitest'
import {sliceSource} from '../../src/blocks/source-text.js'
import {createLocator} from '../../src/locate.js'
import {quoteArticle} from '../../src/quotes/quote-article.js'

describe('quoteArticle', () => {
  it('takes more decoded paragraphs than a spread of arguments can hold', () => {
    // 200,000 empty paragraphs: `push(...paragraphs)` overflows the call stack at this size.
    const paragraphs = Array.from({length: 200_000}, () => sliceSource('', 0))
    const input = '“We stay,” she said.'
    paragraphs.push(sliceSource(input, 0))
    const found = quoteArticle({sections: []}, input, createLocator(input), paragraphs)
    expect(found.sources).toHaveLength(200_001)
    expect(found.quotes.map((quote) => quote.text)).toEqual(['We stay,'])
  })
})
