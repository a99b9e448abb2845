import {describe, expect, it} from 'vitest'
import {proportionBefore} from '../../src/attribution/proportion-before.js'
import {tokenize} from '../../src/attribution/tokenize.js'

// Rows of [sentence, the cue word, expected subject words or undefined]; every sentence is invented.
const rows: [string, string, string | undefined][] = [
  ['About 4 in 10 say they will vote.', 'say', 'About 4 in 10'],
  ['Nearly three in five said the ferry was late.', 'said', 'Nearly three in five'],
  ['More than six in 10 said they were tired.', 'said', 'More than six in 10'],
  ['One in four said the party was hostile.', 'said', 'One in four'],
  // No proportion: a place or a time with "in".
  ['Ferries in Halton said little.', 'said', undefined],
  ['The vote in 2019 said nothing.', 'said', undefined]
]

describe('proportionBefore', () => {
  it.each(rows)('%s', (sentence, cue, expected) => {
    const tokens = tokenize(sentence)
    const range = proportionBefore(tokens, tokens.findIndex((token) => token.text === cue), 0)
    expect(range && tokens.slice(range.first, range.last).map((token) => token.text).join(' ')).toBe(expected)
  })
})
