import {describe, expect, it} from 'vitest'
import {opensWithAttribution} from '../../src/attribution/opens-with-attribution.js'

// Rows of [text after a quotation, whether it opens with the quotation's attribution].
const rows: [string, boolean][] = [
  ['Lee asked before her first dive.', true],
  ['Ann Lee said.', true],
  ['Ann Lee later told reporters.', true],
  ['Ada Last said.', true],
  ['Ann Lee, a strategist for Harbour Bank, said in a note.', true],
  ['Ann Lee left the room.', false],
  ['The crowd cheered.', false],
  ['He said nothing more.', false],
  ['When Lee said that, the crowd laughed.', false],
  ['Ann Lee, a strategist. She said so.', false],
  ['Lee, saying nothing, walked off.', false],
  ['', false]
]

// Rows of [text after a quotation that ended with a full stop, whether the attribution stands alone].
const alone: [string, boolean][] = [
  ['Ann Lee said.', true],
  ['Ann Lee said on Monday.', true],
  ['Ann Lee, a strategist for Harbour Bank, said in a note.', true],
  ['Ann Lee told reporters.', true],
  ['Ann Lee said the council would vote on Tuesday.', false],
  ['Ann Lee said that the vote was close.', false],
  ['Ann Lee told the board the vote was close.', false]
]

describe('opensWithAttribution: alone', () => {
  it.each(alone)('%s', (text, expected) => {
    expect(opensWithAttribution(text, 0, true)).toBe(expected)
  })
})

describe('opensWithAttribution', () => {
  it.each(rows)('%s', (text, expected) => {
    expect(opensWithAttribution(text, 0)).toBe(expected)
  })
})
