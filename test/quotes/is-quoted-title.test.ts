import {describe, expect, it} from 'vitest'
import {tokenize} from '../../src/attribution/tokenize.js'
import {findQuoteSpans} from '../../src/quotes/find-quote-spans.js'
import {isQuotedTitle} from '../../src/quotes/is-quoted-title.js'
import {lowerBound} from '../../src/quotes/token-search.js'

// Rows of [sentence, whether its first quotation is a title].
const rows: [string, boolean][] = [
  ['She told “Morning Hour” she would run again.', true],
  ['He wrote the memoir “The Long Road to Vale.”', true],
  ['The crowd chanted “Build the Pier” all night.', true],
  ['“Yes,” she said.', false],
  ['“We Will Win,” she said.', false],
  ['She called the plan “a reckless bet.”', false],
  ['She said the deal was “Good for the Town and for everyone in it.”', false]
]

describe('isQuotedTitle', () => {
  it.each(rows)('%s', (sentence, expected) => {
    const tokens = tokenize(sentence)
    const span = findQuoteSpans(sentence)[0]!
    expect(isQuotedTitle(tokens, lowerBound(tokens, span.start), lowerBound(tokens, span.end), 0)).toBe(expected)
  })
})
