import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {tokenize} from '../../src/attribution/tokenize.js'
import {isJoinedParticiple, isSetOffParticiple} from '../../src/quotes/set-off-participle.js'

// Rows of [words, the participle, whether it is set off]; every example is invented.
const shapes: [string, string, boolean][] = [
  ['Lee left, saying it was over', 'saying', true],
  ['Lee left, quietly saying it was over', 'saying', true],
  ['Lee left – saying it was over', 'saying', true],
  ['Lee called the levy “a disgrace,” saying it was unfair', 'saying', true],
  ['Lee left saying it was over', 'saying', false],
  ['Lee called the levy “a disgrace” saying it was unfair', 'saying', false]
]

describe('isSetOffParticiple', () => {
  it.each(shapes)('%s', (words, participle, expected) => {
    const tokens = tokenize(words)
    expect(isSetOffParticiple(tokens, tokens.findIndex((token) => token.text === participle))).toBe(expected)
  })
})

// Rows of [words, the participle, whether "by", "while" or "after" joins it]; every example is invented.
const joins: [string, string, boolean][] = [
  ['Lee won the room by promising the fares would fall', 'promising', true],
  ['Lee left while quietly saying it was over', 'saying', true],
  ['Lee spoke after telling the board she would stay', 'telling', true],
  ['After saying it was over, Lee left', 'saying', false],
  ['Lee left, saying it was over', 'saying', false]
]

describe('isJoinedParticiple', () => {
  it.each(joins)('%s', (words, participle, expected) => {
    const tokens = tokenize(words)
    expect(isJoinedParticiple(tokens, tokens.findIndex((token) => token.text === participle))).toBe(expected)
  })
})

// Rows of [sentence, the reported words found, or none]; every sentence is invented.
const rows: [string, string | undefined][] = [
  ['Mara Quell blamed the board for calling the levy “fair,” saying they ignored the riders.', 'they ignored the riders'],
  ['Mara Quell changed her mind on the spot – saying she would back the ferry plan.', 'she would back the ferry plan'],
  ['Mara Quell has raised doubts about the levy, falsely suggesting that the board hid the costs.', 'the board hid the costs'],
  ['Mara Quell had a strong night at the hall, forcefully denouncing the harbour levy.', 'the harbour levy'],
  ['Mara Quell won the hall over by saying she would cut the ferry fares.', 'she would cut the ferry fares'],
  ['Mara Quell stunned the board last week by questioning the whole harbour levy.', 'the whole harbour levy'],
  // A participle joined by "and" to the one before takes its object too.
  ['Mara Quell toured the harbour, greeting the crews and criticizing the new harbour levy.', 'the new harbour levy']
]

describe('a participle set off by a dash, a quoted comma or an adverb, or joined by "by"', () => {
  it.each(rows)('%s', (sentence, expected) => {
    const quotes = parseArticle(`A headline for the harbour story\n\n${sentence}\n`).quotes
    expect(quotes.find((quote) => quote.kind === 'indirect')?.text).toBe(expected)
  })
})
