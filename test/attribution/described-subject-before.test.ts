import {describe, expect, it} from 'vitest'
import {describedSubjectBefore} from '../../src/attribution/described-subject-before.js'
import {tokenize} from '../../src/attribution/tokenize.js'

// Rows of [sentence, the cue word, expected subject words or undefined]; every sentence is invented.
const rows: [string, string, string | undefined][] = [
  ['The almanac said the winter would be mild.', 'said', 'The almanac'],
  ['One source said the vote was delayed.', 'said', 'One source'],
  ['Another neighbour says the pier is unsafe.', 'says', 'Another neighbour'],
  ['The organiser of a rally said the rules were strict.', 'said', 'The organiser of a rally'],
  ['After the vote, the family said it would appeal.', 'said', 'the family'],
  ['“It is over,” the mother of two said.', 'said', 'the mother of two'],
  ['A father of 12 says the school is full.', 'says', 'A father of 12'],
  ['After the vote, the two said they would appeal.', 'said', 'the two'],
  ['In the 1990s the 12 said nothing.', 'said', undefined],
  ['He said the pier of two said nothing.', 'said', undefined],
  // The determiner must open the clause: here it sits inside the reported words or after a verb.
  ['He liked the plan the mayor said would work.', 'said', undefined],
  ['Nobody read the memo said to exist.', 'said', undefined],
  // Function words, verbs and capitalised names are no described subject.
  ['The plan would, she said, cost more.', 'said', undefined],
  ['The vote was said to be close.', 'said', undefined],
  ['The mayor didn’t respond to the letter.', 'respond', undefined]
]

describe('describedSubjectBefore', () => {
  it.each(rows)('%s', (sentence, cue, expected) => {
    const tokens = tokenize(sentence)
    const end = tokens.findIndex((token) => token.text === cue)
    const range = describedSubjectBefore(tokens, end, 0)
    expect(range && tokens.slice(range.first, range.last).map((token) => token.text).join(' ')).toBe(expected)
  })
})
