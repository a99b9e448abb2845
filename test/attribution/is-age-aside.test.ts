import {describe, expect, it} from 'vitest'
import {cueAt} from '../../src/attribution/cue-words.js'
import {isAgeAside} from '../../src/attribution/is-age-aside.js'
import {speakerAfterCue, speakerBeforeCue} from '../../src/attribution/read-speaker.js'
import {tokenize} from '../../src/attribution/tokenize.js'

// Rows of [text, first and last token of a segment, whether it is an age].
const rows: [string, number, number, boolean][] = [
  ['Ruiz, 54, said', 2, 3, true],
  ['said Tom Ruiz, 54.', 4, 6, true],
  ['Ruiz, 1,200, said', 2, 5, false],
  ['Ruiz, 2019, said', 2, 3, false],
  ['Ruiz, a lawyer, said', 2, 4, false],
  ['Ruiz, 54 years, said', 2, 4, false]
]

describe('isAgeAside', () => {
  it.each(rows)('%s [%i, %i)', (text, first, last, expected) => {
    expect(isAgeAside(tokenize(text), {first, last})).toBe(expected)
  })
})

/** The speaker's words and role's words read at the sentence's first cue (the closing full stop outside the frame, as the quote stage passes it). */
function reading(sentence: string, after: boolean): [string | undefined, string | undefined] {
  const tokens = tokenize(sentence)
  const index = tokens.findIndex((_, at) => cueAt(tokens, at))
  const found = after ? speakerAfterCue(tokens, cueAt(tokens, index)!, tokens.length - 1) : speakerBeforeCue(tokens, cueAt(tokens, index)!, 0)
  const words = (range?: {first: number; last: number}) => range && sentence.slice(tokens[range.first]!.start, tokens[range.last - 1]!.end)
  return [words(found?.mention), words(found?.role)]
}

// Rows of [sentence, whether the speaker follows the cue, speaker, role]: an age is never the role.
const readings: [string, boolean, string, string | undefined][] = [
  ['Tom Ruiz, 54, said the pier was shut.', false, 'Tom Ruiz', undefined],
  ['Tom Ruiz, 54, a ferry pilot, said the pier was shut.', false, 'Tom Ruiz', 'a ferry pilot'],
  ['Ruiz, 54, said the pier was shut.', false, 'Ruiz', undefined],
  ['The pier was shut, said Tom Ruiz, 54, a ferry pilot.', true, 'Tom Ruiz', 'a ferry pilot'],
  ['The pier was shut, said Tom Ruiz, 54.', true, 'Tom Ruiz', undefined],
  ['The pier was shut, said Tom Ruiz, a ferry pilot.', true, 'Tom Ruiz', 'a ferry pilot'],
  // A description, then the name: the name speaks and the description is its role.
  ['The pier was shut, said one pilot, Tom Ruiz.', true, 'Tom Ruiz', 'one pilot'],
  ['The pier was shut, said the harbour’s captain, Tom Ruiz, who sails.', true, 'Tom Ruiz', 'the harbour’s captain'],
  ['The pier was shut, said the Harbour Trust, Tom Ruiz.', true, 'the Harbour Trust', undefined]
]

describe('an age or a description beside the speaker', () => {
  it.each(readings)('%s', (sentence, after, speaker, role) => {
    expect(reading(sentence, after)).toEqual([speaker, role])
  })
})
