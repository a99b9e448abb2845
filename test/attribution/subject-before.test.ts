import {describe, expect, it} from 'vitest'
import {subjectBefore} from '../../src/attribution/subject-before.js'
import {tokenize} from '../../src/attribution/tokenize.js'

// Rows of [sentence, the cue word, expected subject words or undefined]; every sentence is invented.
const rows: [string, string, string | undefined][] = [
  ['The almanac said the winter would be mild.', 'said', 'The almanac'],
  ['One source said the vote was delayed.', 'said', 'One source'],
  ['Another neighbour says the pier is unsafe.', 'says', 'Another neighbour'],
  ['The organiser of a rally said the rules were strict.', 'said', 'The organiser of a rally'],
  ['After the vote, the family said it would appeal.', 'said', 'the family'],
  ['By wide margins, those surveyed say the ferry should run.', 'say', 'those surveyed'],
  // At the sentence's start, whatever noun heads the subject: a capitalised word, a preposition or a quantity inside it.
  ['The Harbour Board inspector said the hull was sound.', 'said', 'The Harbour Board inspector'],
  ['That person said the talks had stalled.', 'said', 'That person'],
  ['Several supporters of reform said the rules should change.', 'said', 'Several supporters of reform'],
  ['People with direct knowledge of the deal said it was signed.', 'said', 'People with direct knowledge of the deal'],
  ['People familiar with the matter said the deal was off.', 'said', 'People familiar with the matter'],
  ['Harbour Board and Ferry Line spokesmen said the quay would close.', 'said', 'Harbour Board and Ferry Line spokesmen'],
  ['Nearly a third say they will not vote.', 'say', 'Nearly a third'],
  ['Fully 42% say they are undecided.', 'say', 'Fully 42 %'],
  // The determiner must open the clause: here it sits inside the reported words or after a verb.
  ['He liked the plan the mayor said would work.', 'said', undefined],
  ['Nobody read the memo said to exist.', 'said', undefined],
  ['Crews who fixed the quay said it was safe.', 'said', undefined],
  // Function words, verbs and capitalised names are no described subject.
  ['The plan would, she said, cost more.', 'said', undefined],
  ['The vote was said to be close.', 'said', undefined],
  ['The mayor didn’t respond to the letter.', 'respond', undefined]
]

describe('subjectBefore', () => {
  it.each(rows)('%s', (sentence, cue, expected) => {
    const tokens = tokenize(sentence)
    const end = tokens.findIndex((token) => token.text === cue)
    const range = subjectBefore(tokens, end, 0)
    expect(range && tokens.slice(range.first, range.last).map((token) => token.text).join(' ')).toBe(expected)
  })
})
