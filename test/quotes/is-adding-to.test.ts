import {describe, expect, it} from 'vitest'
import {cueAt} from '../../src/attribution/cue-words.js'
import {tokenize} from '../../src/attribution/tokenize.js'
import {parseArticle} from '../../src/index.js'
import {isAddingTo} from '../../src/quotes/is-adding-to.js'

const headline = 'A headline for the harbour story\n\n'

// Rows of [sentence, the word of the cue, whether "add to" means "increase"].
const cues: [string, string, boolean][] = [
  ['Mara Quell won the ward, adding to her run of wins.', 'adding', true],
  ['The levy added to the confusion.', 'added', true],
  ['Mara Quell is adding to her lead over the mayor.', 'adding', true],
  ['Mara Quell added to reporters that the pier was shut.', 'added', false],
  ['Mara Quell added to the local crowd that the pier was shut.', 'added', false],
  ['Mara Quell added to CNN that the pier was shut.', 'added', false],
  ['Mara Quell added that the pier was shut.', 'added', false]
]

// Rows of [sentence, the reported words found, or none].
const rows: [string, string | undefined][] = [
  ['Mara Quell won the harbour ward, adding to her run of wins in the north.', undefined],
  ['Mara Quell is adding to her delegate lead over Tom Reyes after wins in the north.', undefined],
  ['Mara Quell added to her Tuesday victories in the north and the south.', undefined],
  ['Mara Quell won the harbour ward, adding that the pier would stay shut.', 'the pier would stay shut']
]

describe('isAddingTo', () => {
  it.each(cues)('%s', (sentence, word, expected) => {
    const tokens = tokenize(sentence)
    const cue = cueAt(tokens, tokens.findIndex((token) => token.text === word))!
    expect(isAddingTo(tokens, cue)).toBe(expected)
  })
  it.each(rows)('%s', (sentence, expected) => {
    const quotes = parseArticle(headline + sentence).quotes
    expect(quotes.find((quote) => quote.kind === 'indirect')?.text).toBe(expected)
  })
})
