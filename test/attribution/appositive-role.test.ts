import {describe, expect, it} from 'vitest'
import {appositiveRole} from '../../src/attribution/appositive-role.js'
import {tokenize} from '../../src/attribution/tokenize.js'

// Rows of [sentence, the words of the name, the role's words or undefined]; every sentence is invented.
const rows: [string, string, string | undefined][] = [
  ['Tom Ruiz, a Lakeside councillor, met the board.', 'Tom Ruiz', 'a Lakeside councillor'],
  ['Tom Ruiz, the harbour master, met the board.', 'Tom Ruiz', 'the harbour master'],
  ['Ann Lee, an engineer at Harbour Rail, met the board.', 'Ann Lee', 'an engineer at Harbour Rail'],
  // No article, a clause word, no comma after it, or only capitals: no role.
  ['Tom Ruiz, 54, met the board.', 'Tom Ruiz', undefined],
  ['Tom Ruiz, a councillor who lives here, met the board.', 'Tom Ruiz', undefined],
  ['Tom Ruiz, a councillor.', 'Tom Ruiz', undefined],
  ['Tom Ruiz, The Lakeside Herald, met the board.', 'Tom Ruiz', undefined],
  ['Tom Ruiz met the board.', 'Tom Ruiz', undefined]
]

describe('appositiveRole', () => {
  it.each(rows)('%s', (sentence, name, expected) => {
    const tokens = tokenize(sentence)
    const after = tokens.findIndex((token) => token.end === name.length)! + 1
    const range = appositiveRole(tokens, after, tokens.length - 1)
    expect(range && sentence.slice(tokens[range.first]!.start, tokens[range.last - 1]!.end)).toBe(expected)
  })
})
