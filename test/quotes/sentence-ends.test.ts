import {describe, expect, it} from 'vitest'
import {findQuoteSpans} from '../../src/quotes/find-quote-spans.js'
import {sentenceEnds} from '../../src/quotes/sentence-ends.js'

// Rows of [paragraph, its sentences].
const rows: [string, string[]][] = [
  ['He left. She stayed.', ['He left.', 'She stayed.']],
  ['Sen. Ray spoke. Dr. Lee left.', ['Sen. Ray spoke.', 'Dr. Lee left.']],
  ['J. R. Smith came. The U.S. Army said so.', ['J. R. Smith came.', 'The U.S. Army said so.']],
  ['“Are you sure?” she asked. “Yes,” he said.', ['“Are you sure?” she asked.', '“Yes,” he said.']],
  ['“We stay. We fight.” She left.', ['“We stay. We fight.”', 'She left.']],
  // A full stop inside the quotation: a bare attribution stays with it, a new report does not.
  ['“We stay.” Ann Lee said.', ['“We stay.” Ann Lee said.']],
  ['Lee called it a “reckless plan.” Ana Pereira said the vote was close.', ['Lee called it a “reckless plan.”', 'Ana Pereira said the vote was close.']]
]

describe('sentenceEnds', () => {
  it.each(rows)('%s', (input, expected) => {
    let start = 0
    const sentences = sentenceEnds(input, findQuoteSpans(input)).map((end) => {
      const sentence = input.slice(start, end).trim()
      start = end
      return sentence
    })
    expect(sentences).toEqual(expected)
  })
})
