import {describe, expect, it} from 'vitest'
import {findQuoteSpans} from '../../src/quotes/find-quote-spans.js'

// Rows of [input, quoted words of each top-level quote ("…" marks a quote left open)].
const rows: [string, string[]][] = [
  ['“We stay,” she said.', ['We stay,']],
  ['"Straight marks," he said.', ['Straight marks,']],
  ['"Opened straight, closed curly,” he said.', ['Opened straight, closed curly,']],
  ['« Nous restons », a-t-il dit.', ['Nous restons']],
  ['She called it “a ‘nested’ quote” today.', ['a ‘nested’ quote']],
  ['He said "it was \'odd\' indeed."', ["it was 'odd' indeed."]],
  ['Kabul’s streets, the 1990s’ music and rock ’n’ roll.', []],
  ["Don't stop the '90s.", []],
  ['‘We will not leave,’ says minister', ['We will not leave,']],
  ['He is 6’2” tall with a 5" pipe.', []],
  ['He said "no" and then "yes".', ['no', 'yes']],
  ['“Still open at the end', ['Still open at the end…']],
  ['the end of it,” she said.', ['the end of it,']],
  ['“ ”', []],
  // A dropped opening mark after a closed quote: the quote opens with the next sentence.
  ['"We won," Reyes said. We will build it now."', ['We won,', 'We will build it now.']],
  ['“We won,” Reyes said after the vote”', ['We won,']],
  ['He said "no" and stood 6" away.', ['no']]
]

describe('findQuoteSpans', () => {
  it.each(rows)('%s', (input, expected) => {
    const spans = findQuoteSpans(input)
    expect(spans.map((span) => input.slice(span.start, span.end) + (span.close === -1 ? '…' : ''))).toEqual(expected)
  })
})
