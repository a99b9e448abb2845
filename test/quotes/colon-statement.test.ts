import {describe, expect, it} from 'vitest'
import {tokenize} from '../../src/attribution/tokenize.js'
import {colonStatement} from '../../src/quotes/colon-statement.js'

// Rows of [sentence, [speaker, cue, statement] or undefined]; every sentence is invented.
const rows: [string, [string, string, string] | undefined][] = [
  ['Harbour Board: Ferry fares will rise in May', ['Harbour Board', ':', 'Ferry fares will rise in May']],
  ['The mayor put it plainly: the ferry is finished', ['The mayor', 'put it plainly', 'the ferry is finished']],
  // The statement check is one for both: a list of names is no statement.
  ['Ohio: Ana Pereira, Tom Reyes, Lee Ruiz, Ann Lowe, Tim Orr', undefined],
  ['Lee put it plainly: Ana Pereira, Tom Reyes, Lee Ruiz, Ann Lowe, Tim Orr', undefined]
]

describe('colonStatement', () => {
  it.each(rows)('%s', (sentence, expected) => {
    const tokens = tokenize(sentence)
    const words = (range: {first: number; last: number}) => sentence.slice(tokens[range.first]!.start, tokens[range.last - 1]!.end)
    const found = colonStatement(sentence, tokens, 0, tokens.length, () => false, () => false)
    expect(found && [words(found.mention), words(found.cue), words(found.piece)]).toEqual(expected)
  })
})
