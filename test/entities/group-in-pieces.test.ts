import {describe, expect, it} from 'vitest'
import {groupInPieces} from '../../src/entities/group-in-pieces.js'

// Rows of [what the row shows, lengths, limit, index of each piece's first text].
const rows: [string, number[], number, number[]][] = [
  ['no texts, no pieces', [], 10, []],
  ['texts that fit together make one piece', [3, 3, 3], 10, [0]],
  ['a piece takes texts while they fit', [6, 6, 6, 6], 12, [0, 2]],
  ['a text exactly filling the room stays', [4, 6, 5], 10, [0, 2]],
  ['a text longer than the limit is a piece of its own', [6, 30, 2], 12, [0, 1, 2]],
  ['a long first text, then short ones', [30, 2, 2], 12, [0, 1]],
  ['empty texts join the piece before them', [0, 12, 0, 1], 12, [0, 3]]
]

describe('groupInPieces', () => {
  it.each(rows)('%s', (_, lengths, limit, firsts) => {
    expect(groupInPieces(lengths, limit)).toEqual(firsts)
  })

  it('keeps every piece within the limit unless one text is longer', () => {
    const lengths = Array.from({length: 500}, (_, index) => 1 + ((index * 7919) % 97))
    const firsts = groupInPieces(lengths, 300)
    firsts.forEach((first, piece) => {
      const last = firsts[piece + 1] ?? lengths.length
      const size = lengths.slice(first, last).reduce((sum, length) => sum + length, 0)
      expect(size <= 300 || last - first === 1).toBe(true)
      // Greedy: the next text would not have fitted.
      if (last < lengths.length) expect(size + lengths[last]!).toBeGreaterThan(300)
    })
  })
})
