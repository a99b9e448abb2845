import {describe, expect, it} from 'vitest'
import {sentenceTopic} from '../../src/attribution/sentence-topic.js'
import {tokenize} from '../../src/attribution/tokenize.js'

// Rows of [sentence, the words of its topic or undefined].
const rows: [string, string | undefined][] = [
  ['Ann Lee left early.', 'Ann Lee'],
  ['In May, Ann Lee left early.', 'Ann Lee'],
  ['When asked what scared him most, the noise or the lights or the crowd, Tomas Reyes did not hesitate.', 'Tomas Reyes'],
  ['For Ann Lee, Friday is a day she has long awaited.', 'Ann Lee'],
  ['For years, Ann Lee worked nights.', 'Ann Lee'],
  ['Having moved here at seven, Ann Lee grew up in the west end.', 'Ann Lee'],
  ['Fielding left early.', 'Fielding'],
  ['Lee’s mother, Ada Lee, works nights.', 'Ada Lee'],
  ['The board’s chair, Ada Lee, resigned.', 'Ada Lee'],
  ['Ada Lee, a nurse, works nights.', 'Ada Lee'],
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
