import {describe, expect, it} from 'vitest'
import {speakerWordsBeforeCue} from './speaker-before-cue.js'

// Rows of [sentence, the speaker read before the last cue word]; every sentence is invented.
// A cue after "and"/"but" whose first verb phrase follows an appositive subject: the subject speaks.
const rows: [string, string | undefined][] = [
  ['The mayor, Ivo Brand, declined to comment but insisted that the bridge will open in May.', 'Ivo Brand'],
  ['Ana Pereira, a ferry pilot, waved at the crowd and said the pier was unsafe.', 'Ana Pereira'],
  ['The harbour board, which met on Monday, raised fares and warned that more rises would follow.', 'The harbour board'],
  // The first phrase names the subject itself: nothing is skipped.
  ['The vote was close, but Ana Pereira said the pier was unsafe.', 'Ana Pereira'],
  // A quotation before the conjunction is no verb phrase: nothing is read inside it.
  ['Ivo Brand said “it is done,” and added that the bridge will open in May.', undefined],
  // A determiner or pronoun after the comma opens a subject, not a verb phrase.
  ['In May, the board met and said the pier was unsafe.', 'the board']
]

describe('speakerBeforeCue: a verb phrase after an appositive subject', () => {
  it.each(rows)('%s', (sentence, expected) => {
    const cues = ['insisted', 'said', 'warned', 'added']
    const cue = sentence.split(/[\s.,]+/).filter((word) => cues.includes(word)).at(-1)
    expect(speakerWordsBeforeCue(sentence, cue)).toBe(expected)
  })
})
