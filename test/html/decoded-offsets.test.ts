import {describe, expect, it} from 'vitest'
import {decodedOffsets} from '../../src/blocks/html/decoded-offsets.js'

// [raw source, decoded value, expected offsets (start 0)]
const rows: Array<[string, string, number[]]> = [
  ['plain', 'plain', [0, 1, 2, 3, 4, 5]],
  ['a&amp;b', 'a&b', [0, 1, 6, 7]],
  ['&#8220;Hi&#8221;', '\u201CHi\u201D', [0, 7, 8, 9, 16]],
  ['x&nbsp;y', 'x\u00A0y', [0, 1, 7, 8]],
  ['AT&T wins', 'AT&T wins', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]],
  ['one\r\ntwo', 'one\ntwo', [0, 1, 2, 4, 5, 6, 7, 8]],
  ['\\*not emphasis\\*', '*not emphasis*', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16]],
  ['&#x1F600;!', '\u{1F600}!', [0, 0, 9, 10]]
]

describe('decodedOffsets', () => {
  it.each(rows)('%j → %j', (raw, value, expected) => {
    expect(decodedOffsets(raw, value, 0)).toEqual(expected)
  })

  it('adds the start offset', () => {
    expect(decodedOffsets('a&lt;', 'a<', 10)).toEqual([10, 11, 15])
  })
})
