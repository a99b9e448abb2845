import {describe, expect, it} from 'vitest'
import {isSentenceCapital} from '../../src/attribution/is-sentence-capital.js'
import {tokenize} from '../../src/attribution/tokenize.js'

// Rows of [text, index of the word, whether its capital is only the sentence's].
const rows: [string, number, boolean][] = [
  ['Officials said the ferry is late.', 0, true],
  ['Residents of the island say the pier is closed.', 0, true],
  ['“Critics said it would fail,” Lee wrote.', 1, true],
  ['The dock was shut. Tenants said the rent rose.', 5, true],
  ['Lee said the ferry is late.', 0, false],
  ['Marks said the ferry is late.', 0, false],
  ['Bill is back on the harbour.', 0, false],
  ['The Harbour Officials said no.', 2, false],
  ['Lee, Officials said, was late.', 2, false],
  ['officials said the ferry is late.', 0, false]
]

describe('isSentenceCapital', () => {
  it.each(rows)('%s (word %i)', (text, index, expected) => {
    expect(isSentenceCapital(tokenize(text), index)).toBe(expected)
  })
})
