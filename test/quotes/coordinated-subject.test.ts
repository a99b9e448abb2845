import {describe, expect, it} from 'vitest'
import {cueAt} from '../../src/attribution/cue-words.js'
import {tokenize} from '../../src/attribution/tokenize.js'
import {coordinatedSubject} from '../../src/quotes/coordinated-subject.js'

// Rows of [sentence, the cue word, expected speaker words or undefined]; every sentence is invented.
const rows: [string, string, string | undefined][] = [
  ['The harbour board reported a loss, and said it would raise fares.', 'said', 'The harbour board'],
  ['Ana Pereira has disputed the claims, but says she would do it again.', 'says', 'Ana Pereira'],
  ['Ana Pereira toured the dock, and later said the repairs were late.', 'said', 'Ana Pereira'],
  ['Tom Reyes rejected the idea that the pier was unsafe and said the repairs were late.', 'said', 'Tom Reyes'],
  ['Ana Pereira said “the pier is shut” and added: “It will reopen.”', 'added', 'Ana Pereira'],
  ['Tom Reyes called the plan “a mess,” and added that it was late.', 'added', 'Tom Reyes'],
  // The cue has a subject of its own, or nothing marks the first phrase as done: left to the usual reading.
  ['The ferry was late, and Tom Reyes said the repairs were to blame.', 'said', undefined],
  ['Ana Pereira toured the dock and said the repairs were late.', 'said', undefined],
  ['Tom Reyes said the pier was unsafe.', 'said', undefined]
]

describe('coordinatedSubject', () => {
  it.each(rows)('%s', (sentence, word, expected) => {
    const tokens = tokenize(sentence)
    const cue = cueAt(tokens, tokens.findIndex((token) => token.lower === word))!
    const reading = coordinatedSubject(tokens, cue, 0)
    const found = reading && sentence.slice(tokens[reading.mention.first]!.start, tokens[reading.mention.last - 1]!.end)
    expect(found).toBe(expected)
  })
})
