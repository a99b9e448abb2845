import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'

const headline = 'A headline for the harbour story\n\n'

// Rows of [sentence, the reported words found, or none].
const rows: [string, string | undefined][] = [
  ['Mara Quell criticized the new harbour budget.', 'the new harbour budget'],
  ['Mara Quell called for a recount of the ballots.', 'a recount of the ballots'],
  ['Mara Quell asked whether the ferry would run in winter.', 'whether the ferry would run in winter'],
  ['Mara Quell talked about the strike, then left.', 'the strike'],
  ['Mara Quell accused the board of wasting money.', 'the board of wasting money'],
  ['Mara Quell called the meeting to order.', undefined],
  ['Mara Quell called on the harbour board to drop the levy.', 'the harbour board to drop the levy'],
  ['Mara Quell called on Monday for a recount.', 'a recount'],
  ['Mara Quell called out the harbour board for its silence.', 'the harbour board for its silence'],
  ['Mara Quell called upon the board to drop the levy.', 'the board to drop the levy'],
  ['Mara Quell talked to the press on Monday.', undefined],
  ['Mara Quell did not mention the ferry strike.', 'the ferry strike'],
  ['Mara Quell talked openly about the strike.', 'the strike'],
  ['Mara Quell talked proudly of her two daughters.', 'her two daughters'],
  ['Mara Quell commented on the new harbour levy.', 'the new harbour levy'],
  ['Mara Quell declined to comment on the new harbour levy.', undefined],
  ['Mara Quell was talking up the ferry plan, then left.', 'the ferry plan'],
  ['Mara Quell talked quietly to the press.', undefined],
  ['Mara Quell denied the charges.', 'the charges'],
  ['Mara Quell recalled her first winter at the harbour.', 'her first winter at the harbour'],
  ['Mara Quell will criticize the plan.', undefined],
  ['Mara Quell condemned the vandalism and promised repairs.', 'the vandalism'],
  ['Mara Quell proposes a harbour levy and the council criticizes it.', 'a harbour levy'],
  ['Mara Quell criticized the plan and the budget.', 'the plan and the budget'],
  ['The board read the proposed harbour budget twice.', undefined],
  ["The board read the city's proposed harbour budget twice.", undefined],
  ['Mara Quell thanked her neighbours.', undefined],
  ['Mara Quell predicted a narrow win for the harbour board.', 'a narrow win for the harbour board'],
  ['Mara Quell spoke at the hall, predicting a close vote on the levy.', 'a close vote on the levy'],
  // "repeat" and "reiterate" take no object: they also repeat feats, tests and seasons (a "that" clause still reports).
  ['Mara Quell repeated the feat in 2019, winning the race again.', undefined],
  ['The Harbour Rovers repeated as champions on Sunday.', undefined],
  ['History repeated itself when the river flooded again.', undefined],
  ['Mara Quell repeated the experiment and found the same result.', undefined],
  ['Mara Quell reiterated the test three times before the results came in.', undefined]
]

describe('speechObject', () => {
  it.each(rows)('%s', (sentence, expected) => {
    const quotes = parseArticle(headline + sentence).quotes
    expect(quotes.find((quote) => quote.kind === 'indirect')?.text).toBe(expected)
  })
})
