/**
 * Group texts, kept in order, into pieces of at most `limit` characters: a
 * piece takes texts while they fit, and a text longer than `limit` is a piece
 * of its own (texts are never cut).
 *
 * @param lengths The texts' lengths, in order.
 * @param limit The most characters a piece holds, when its texts allow.
 * @returns The index of each piece's first text, in order (`[]` for no texts).
 * @example
 *   groupInPieces([6, 6, 6, 30, 2], 12) // [0, 2, 3, 4]
 */
export function groupInPieces(lengths: readonly number[], limit: number): number[] {
  const firsts: number[] = []
  let size = 0
  lengths.forEach((length, index) => {
    if (firsts.length === 0 || size + length > limit) {
      firsts.push(index)
      size = 0
    }
    size += length
  })
  return firsts
}
