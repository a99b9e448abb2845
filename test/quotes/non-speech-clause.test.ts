import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'

const headline = 'Council Votes on New Bridge Plan\n\n'

/** Reported (indirect) quotes as `speaker|words`. */
function reported(body: string): string[] {
  return parseArticle(headline + body)
    .quotes.filter((quote) => quote.kind === 'indirect')
    .map((quote) => `${quote.attribution?.speaker.name ?? '-'}|${quote.text}`)
}

// Rows of [sentence, expected reported quotes]; every sentence is invented for the test.
const rows: [string, string[]][] = [
  ['Ana Pereira, an economist at Lakeview Bank, said in a newsletter.', []],
  ['Harbor Freight did not respond to a request for comment Friday afternoon.', []],
  ['Tom Reyes wrote exclusively for readers of the Valley Ledger.', []],
  ['Tom Reyes wrote to the board about the bridge last week.', []],
  ['The Lakeview index added 0.4 per cent to 9,210 and the bond index rose 0.2 per cent.', []],
  ['The Lakeview index gained 12 points to close at 4,100.', []],
  ['Tom Reyes said 40 per cent of workers would lose their jobs.', ['Tom Reyes|40 per cent of workers would lose their jobs']],
  ['Tom Reyes said after the vote the city would have to borrow money for new roads and bridges.', ['Tom Reyes|after the vote the city would have to borrow money for new roads and bridges']],
  ['Tom Reyes said in a statement that the bridge would cost too much.', ['Tom Reyes|the bridge would cost too much']],
  ['Harbor Freight did not say whether it would reopen the store.', []],
  ['Tom Reyes said the index rose 0.4 per cent.', ['Tom Reyes|the index rose 0.4 per cent']]
]

describe('words after a cue that are not reported speech', () => {
  it.each(rows)('%s', (body, expected) => {
    expect(reported(body)).toEqual(expected)
  })
})
