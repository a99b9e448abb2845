import {describe, expect, it} from 'vitest'
import {cueAt} from '../../src/attribution/cue-words.js'
import {tokenize} from '../../src/attribution/tokenize.js'
import {parseArticle} from '../../src/index.js'
import {isPointingGesture} from '../../src/quotes/is-pointing-gesture.js'

const headline = 'A headline for the harbour story\n\n'

// Rows of [sentence, the word of the cue, whether it is a gesture].
const gestures: [string, string, boolean][] = [
  ['Mara Quell said, pointing out the old mill.', 'pointing', true],
  ['“It stood there,” Mara Quell added, pointing out the mill.', 'pointing', true],
  ['Mara Quell waved, pointing out the old mill.', 'pointing', false],
  ['Mara Quell pointed out that the mill was shut.', 'pointed', false],
  ['Mara Quell said, adding that the mill was shut.', 'adding', false]
]

// Rows of [sentence, the reported words found, or none].
const rows: [string, string | undefined][] = [
  ['Mara Quell pointed out that the ferry runs at a loss.', 'that the ferry runs at a loss'],
  ['Harbour workers point out the cost of the new pier.', 'the cost of the new pier'],
  ['The board kept the levy, pointing out that the ferry runs at a loss.', 'that the ferry runs at a loss'],
  ['“It was busy then,” Mara Quell said, pointing out where the old mill stood.', undefined],
  ['At one point, Mara Quell left the hall.', undefined],
  ['The Harbour Rovers scored 20 points on Sunday.', undefined],
  ['Mara Quell pointed at the pier and left.', undefined]
]

describe('isPointingGesture', () => {
  it.each(gestures)('%s', (sentence, word, expected) => {
    const tokens = tokenize(sentence)
    const cue = cueAt(tokens, tokens.findIndex((token) => token.text === word))!
    expect(isPointingGesture(tokens, cue)).toBe(expected)
  })
  it.each(rows)('%s', (sentence, expected) => {
    const quotes = parseArticle(headline + sentence).quotes
    expect(quotes.find((quote) => quote.kind === 'indirect')?.text).toBe(expected)
  })
})
