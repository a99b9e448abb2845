import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'

/** Each quote as `kind|speaker|cue|words`. */
function read(text: string): string[] {
  return parseArticle(text).quotes.map((quote) => {
    const at = quote.attribution
    return [quote.kind, at?.speaker.name ?? '-', at?.cue?.text ?? '-', quote.text].join('|')
  })
}

const headline = 'Council Votes on New Bridge Plan\n\n'

// Rows of [body paragraph, expected quotes]; every sentence is invented for the test.
const participles: [string, string[]][] = [
  // A gerund after a comma reports the words of the sentence's subject.
  ['Tom Reyes opposed the bridge, saying it would cost too much.', ['indirect|Tom Reyes|saying|it would cost too much']],
  ['OAKVILLE, Ont. — Ana Pereira toured the site, arguing the bridge was overdue.', ['indirect|Ana Pereira|arguing|the bridge was overdue']],
  // Not after a comma, or with no clause after it: nothing reported.
  ['Tom Reyes left the meeting without saying a word.', []],
  ['Tom Reyes left the meeting, saying goodbye.', []],
  // A weak gerund still needs "that".
  ['Tom Reyes wrote to the board, calling for a new vote on the plan.', []],
  // `said A, insisting B`: two statements, not one.
  [
    'Tom Reyes said the city would keep its budget, insisting the bridge would not cost more.',
    ['indirect|Tom Reyes|said|the city would keep its budget', 'indirect|Tom Reyes|insisting|the bridge would not cost more']
  ]
]

describe('readIndirect: participles', () => {
  it.each(participles)('%s', (body, expected) => {
    expect(read(headline + body)).toEqual(expected)
  })
})
