import {describe, expect, it} from 'vitest'
import {participleIssuer} from '../../src/attribution/participle-issuer.js'
import {tokenize} from '../../src/attribution/tokenize.js'

// Rows of [words after a document's noun, the first word of the issuer or undefined].
const rows: [string, string | undefined][] = [
  ['released on Tuesday by the harbour authority', 'the'],
  ['commissioned by Lakeside Transit', 'Lakeside'],
  ['published late last week by the ferry line', 'the'],
  ['obtained by Harbour News', undefined],
  ['released on Tuesday, by all accounts', undefined],
  ['released after the vote that was held by the board', undefined],
  ['released', undefined],
  ['says fares rise', undefined]
]

describe('participleIssuer', () => {
  it.each(rows)('%s', (words, expected) => {
    const tokens = tokenize(words)
    const found = participleIssuer(tokens, 0)
    expect(found === undefined ? undefined : tokens[found]!.text).toBe(expected)
  })
})
