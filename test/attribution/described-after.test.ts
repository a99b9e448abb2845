import {describe, expect, it} from 'vitest'
import {describedAfter} from '../../src/attribution/described-after.js'
import {tokenize} from '../../src/attribution/tokenize.js'

// Rows of [words after a cue, the description read there or undefined]; every phrase is invented.
const rows: [string, string | undefined][] = [
  ['the woman, who lives by the pier.', 'the woman'],
  ['the teenager.', 'the teenager'],
  ['the 45-year-old.', 'the 45-year-old'],
  ['an elderly passenger.', 'an elderly passenger'],
  // A possessive opens what was said, more words run past a description, a name is no description.
  ['their stump speeches, already long.', undefined],
  ['the ferry would be late.', undefined],
  ['the Harbour Trust.', undefined],
  ['the.', undefined]
]

describe('describedAfter', () => {
  it.each(rows)('%s', (words, expected) => {
    const tokens = tokenize(words)
    const range = describedAfter(tokens, 0, tokens.length - 1)
    expect(range && words.slice(tokens[range.first]!.start, tokens[range.last - 1]!.end)).toBe(expected)
  })
})
