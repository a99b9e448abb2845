import {describe, expect, it} from 'vitest'
import {sentenceTopic} from '../../src/attribution/sentence-topic.js'
import {tokenize} from '../../src/attribution/tokenize.js'

// Rows of [sentence, the words of its topic or undefined].
const rows: [string, string | undefined][] = [
  ['Ann Lee left early.', 'Ann Lee'],
  ['In May, Ann Lee left early.', 'Ann Lee'],
  ['When asked what he liked best, the food or the music or the people, Tomas Reyes smiled.', 'Tomas Reyes'],
  ['For Ann Lee, Monday is the day she dreads most.', 'Ann Lee'],
  ['For years, Ann Lee worked nights.', 'Ann Lee'],
  ['For the Harbour Trust, the plan falls short.', 'the Harbour Trust'],
  ['For the most part, Ann Lee worked nights.', 'Ann Lee'],
  ['Having left the farm at nine, Ann Lee learned to sail on the lake.', 'Ann Lee'],
  ['Fielding left early.', 'Fielding'],
  ['Lee’s mother, Ada Lee, works nights.', 'Ada Lee'],
  ['The board’s chair, Ada Lee, resigned.', 'Ada Lee'],
  ['Ada Lee, a nurse, works nights.', 'Ada Lee'],
  ['A former teacher, Ann Lee runs the shelter now.', 'Ann Lee'],
  ['A letter, sent late on Monday night, Ann Lee shared with the board.', 'Ann Lee'],
  ['The council, the union and Ann Lee agreed.', 'The council'],
  ['The mayor, Ann Lee and Tom Ruiz met on Monday.', 'The mayor'],
  ['Harbour Rail, Lakeside Transit and the city agreed.', 'Harbour Rail'],
  ['(Ann Lee / Harbour News)', undefined],
  ['However the vote went badly.', undefined]
]

describe('sentenceTopic', () => {
  it.each(rows)('%s', (sentence, expected) => {
    const tokens = tokenize(sentence)
    const ceil = tokens.at(-1)?.text === '.' ? tokens.length - 1 : tokens.length
    const found = sentenceTopic(tokens, 0, ceil)
    expect(found && sentence.slice(tokens[found.first]!.start, tokens[found.last - 1]!.end)).toBe(expected)
  })
})
