import {describe, expect, it} from 'vitest'
import {ofTheName} from '../../src/attribution/of-the-name.js'
import {tokenize} from '../../src/attribution/tokenize.js'

// Rows of [text, index of a "the", whether it sits inside one name].
const rows: [string, number, boolean][] = [
  ['The Ministry of the Interior said', 3, true],
  ['Secretary of the Treasury Ann Lee said', 2, true],
  ['Ann Lee of the Harbour Trust said', 3, false],
  ['Bank of the West said', 2, true],
  ['Out of the Cold users said', 2, false],
  ['Critics of the Harbour Trust said', 2, false],
  ['The head of the Harbour Trust said', 3, false],
  ['The Ministry of the interior said', 3, false],
  ['The Ministry for the Interior said', 3, false],
  ['The Ministry of The Interior said', 3, false]
]

describe('ofTheName', () => {
  it.each(rows)('%s (token %i)', (text, index, expected) => {
    expect(ofTheName(tokenize(text), index)).toBe(expected)
  })
})
