import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'

const headline = 'Council Votes on New Bridge Plan\n\n'

/** Every quote as `kind|speaker|words`. */
function quotes(body: string): string[] {
  return parseArticle(headline + body).quotes.map((quote) => `${quote.kind}|${quote.attribution?.speaker.name ?? '-'}|${quote.text}`)
}

// Rows of [sentence, expected quotes]; every sentence is invented for the test.
const rows: [string, string[]][] = [
  // A whole quoted utterance after the cue: the words after it are the reporter's, not a reported statement.
  ['Hundreds of dockers chanted “No more cuts!” as the mayor arrived.', ['partial|Hundreds of dockers|No more cuts!']],
  ['Tom Reyes said “We will build it.” on the steps of the hall.', ['partial|Tom Reyes|We will build it.']],
  ['Ana Pereira asked “Who will pay for it?” before the vote began.', ['partial|Ana Pereira|Who will pay for it?']],
  // A partial quote the clause goes on from is part of the reported statement.
  ['Tom Reyes said “the toll” would cost drivers too much.', ['indirect|Tom Reyes|“the toll” would cost drivers too much', 'partial|Tom Reyes|the toll']],
  // `said “A,” and B`: the conjunct after the quote is still reported.
  ['Tom Reyes said “the bridge is needed,” and the council should vote this week.', ['partial|Tom Reyes|the bridge is needed,', 'indirect|Tom Reyes|the council should vote this week']]
]

describe('a whole quotation opening the words after a cue', () => {
  it.each(rows)('%s', (body, expected) => {
    expect(quotes(body)).toEqual(expected)
  })
})
