import {describe, expect, it} from 'vitest'
import {findAskedBy} from '../../src/attribution/find-addressee.js'
import {tokenize} from '../../src/attribution/tokenize.js'

// Rows of [sentence, the interviewer's words or undefined]; the range ends at the cue "said".
const rows: [string, string | undefined][] = [
  ['When asked by Harbour News whether the pier would reopen, Lee said no.', 'Harbour News'],
  ['Asked by reporters about the levy, Lee said it was fair.', 'reporters'],
  ['Lee said no.', undefined],
  // Far from the cue, "asked by" is no longer read: the reach keeps a sentence of thousands of cues linear.
  [`When asked by Harbour News about it, ${'the ferry ran late and '.repeat(20)}Lee said no.`, undefined]
]

describe('findAskedBy', () => {
  it.each(rows)('%s', (sentence, expected) => {
    const tokens = tokenize(sentence)
    const cue = tokens.findIndex((token) => token.text === 'said')
    const range = findAskedBy(tokens, 0, cue)
    expect(range && sentence.slice(tokens[range.first]!.start, tokens[range.last - 1]!.end)).toBe(expected)
  })
})
