import {describe, expect, it} from 'vitest'
import {tokenize} from '../../src/attribution/tokenize.js'
import {opensParticiple} from '../../src/quotes/opens-participle.js'
import {participleSpeaker} from '../../src/quotes/participle-speaker.js'

// Rows of [sentence, the participle, expected speaker words or undefined]; every sentence is invented.
const speakers: [string, string, string | undefined][] = [
  ['“The dock is shut,” Tom Reyes said, adding that repairs were late.', 'adding', 'Tom Reyes'],
  ['“The dock is shut,” said Ana Pereira, noting that repairs were late.', 'noting', 'Ana Pereira'],
  ['“The dock is shut,” said Ana Pereira, the harbour master, noting that repairs were late.', 'noting', 'Ana Pereira'],
  // A time after the cue is no inverted speaker: the speaker stands before the cue (a name after it still speaks).
  ['The harbour board responded Friday, saying that repairs were late.', 'saying', 'The harbour board'],
  ['“The dock is shut,” said May, adding that repairs were late.', 'adding', 'May'],
  // A time, place or topic between the cue and the comma: the speaker before the cue still speaks.
  ['“The dock is shut,” Tom Reyes said at the time, adding that repairs were late.', 'adding', 'Tom Reyes'],
  ['“They have a plan,” he said of the harbour board, adding that repairs were late.', 'adding', 'he'],
  // The addressee after the cue is no speaker of the participle: the cue's subject is.
  ['The riders have been urging the board to drop the levy, saying it was unfair.', 'saying', 'The riders'],
  // After a weak cue the phrase is its object, no inverted speaker: the cue's subject speaks.
  ['Ana Pereira slammed the harbour plan, saying it was unfair.', 'saying', 'Ana Pereira'],
  ['Tom Reyes criticized the board, noting that repairs were late.', 'noting', 'Tom Reyes'],
  // No attribution right before the comma: the caller falls back to the sentence's subject.
  ['Ana Pereira toured the dock, noting that repairs were late.', 'noting', undefined],
  ['Ana Pereira said the dock was shut and toured it, noting that repairs were late.', 'noting', undefined],
  // No comma before the participle.
  ['Ana Pereira said so without noting that repairs were late.', 'noting', undefined]
]

describe('participleSpeaker', () => {
  it.each(speakers)('%s', (sentence, participle, expected) => {
    const tokens = tokenize(sentence)
    const index = tokens.findIndex((token) => token.lower === participle)
    const reading = participleSpeaker(tokens, index, 0)
    const words = reading && sentence.slice(tokens[reading.mention.first]!.start, tokens[reading.mention.last - 1]!.end)
    expect(words).toBe(expected)
  })
})

// Rows of [sentence, the word, whether a participle cue set off by a comma opens there].
const openings: [string, string, boolean][] = [
  ['The fares will rise, Tom Reyes said, adding that the board agreed.', 'adding', true],
  ['The fares will rise, Tom Reyes said, insisting on a vote.', 'insisting', true],
  ['The fares will rise, Tom Reyes said, and the board agreed.', 'and', false],
  ['Tom Reyes left without adding a word.', 'adding', false]
]

describe('opensParticiple', () => {
  it.each(openings)('%s', (sentence, word, expected) => {
    const tokens = tokenize(sentence)
    expect(opensParticiple(tokens, tokens.findIndex((token) => token.lower === word))).toBe(expected)
  })
})
