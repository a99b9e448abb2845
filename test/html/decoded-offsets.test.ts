import {describe, expect, it} from 'vitest'
import {decodedOffsets} from '../../src/blocks/html/decoded-offsets.js'

// [raw source, decoded value (as parse5 gives it), expected offsets (start 0)]
const rows: Array<[string, string, number[]]> = [
  ['plain', 'plain', [0, 1, 2, 3, 4, 5]],
  ['a&amp;b', 'a&b', [0, 1, 6, 7]],
  ['&#8220;Hi&#8221;', '\u201CHi\u201D', [0, 7, 8, 9, 16]],
  ['x&nbsp;y', 'x\u00A0y', [0, 1, 7, 8]],
  ['AT&T wins', 'AT&T wins', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]],
  ['one\r\ntwo', 'one\ntwo', [0, 1, 2, 4, 5, 6, 7, 8]],
  ['one\rtwo', 'one\ntwo', [0, 1, 2, 3, 4, 5, 6, 7]],
  ['&#x1F600;!', '\u{1F600}!', [0, 0, 9, 10]],
  // A legacy reference without its semicolon ends where the longest known name ends.
  ['S&ampWes', 'S&Wes', [0, 1, 5, 6, 7, 8]],
  ['&amp', '&', [0, 4]],
  ['a&notit;', 'a\u00ACit;', [0, 1, 5, 6, 7, 8]],
  // Not references: kept as typed.
  ['&foo; &', '&foo; &', [0, 1, 2, 3, 4, 5, 6, 7]],
  ['&#;x', '&#;x', [0, 1, 2, 3, 4]],
  // Two code points from one name.
  ['&NotEqualTilde;.', '\u2242\u0338.', [0, 0, 15, 16]],
  // NUL becomes U+FFFD where the parser keeps it.
  ['a\0b', 'a\uFFFDb', [0, 1, 2, 3]],
  // The line break `<pre>` drops.
  ['\r\n  code', '  code', [2, 3, 4, 5, 6, 7, 8]]
]

describe('decodedOffsets', () => {
  it.each(rows)('%j → %j', (raw, value, expected) => {
    expect(decodedOffsets(raw, value, 0)).toEqual(expected)
  })

  it('adds the start offset', () => {
    expect(decodedOffsets('a&lt;', 'a<', 10)).toEqual([10, 11, 15])
  })

  it('never goes backwards or outside the raw text when the value is not what it decodes to', () => {
    const offsets = decodedOffsets('abc', 'abcdef', 5)
    expect(offsets).toEqual([5, 6, 7, 8, 8, 8, 8])
  })
})
