import {describe, expect, it} from 'vitest'
import {findQuoteSpans} from '../../src/quotes/find-quote-spans.js'
import {sentenceEnds} from '../../src/quotes/sentence-ends.js'

// Rows of [paragraph, its sentences].
const rows: [string, string[]][] = [
  ['He left. She stayed.', ['He left.', 'She stayed.']],
  ['Sen. Ray spoke. Dr. Lee left.', ['Sen. Ray spoke.', 'Dr. Lee left.']],
  ['J. R. Smith came. The U.S. Army said so.', ['J. R. Smith came.', 'The U.S. Army said so.']],
  // A place or title abbreviation keeps its period only with a capital; in lower case it is a word ending the sentence.
  ['Ann Lee of Brandon, Man. spoke. The suspect is a local man. Police left.', ['Ann Lee of Brandon, Man. spoke.', 'The suspect is a local man.', 'Police left.']],
  ['The driver fell ill. The ferry turned back.', ['The driver fell ill.', 'The ferry turned back.']],
  // A few keep it in lower case too.
  ['Bring boots, coats etc. for the walk.', ['Bring boots, coats etc. for the walk.']],
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
