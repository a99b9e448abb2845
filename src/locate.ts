import type {Point, Position} from './types.js'

/** Turns offsets into unist points for one input string. */
export interface Locator {
  /** The point at `offset` (0-based, UTF-16). */
  point(offset: number): Point
  /** The position of `[start, end)`. */
  position(start: number, end: number): Position
}

/**
 * Make a {@link Locator} for `text`. Lines end at `\n`, `\r\n` or `\r`.
 *
 * Lookups are a binary search over line starts, so a whole document costs
 * O(n log lines).
 */
export function createLocator(text: string): Locator {
  const starts = [0]
  if (!text.includes('\r')) {
    // Only `\n` ends lines: let the engine find them.
    for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) starts.push(index + 1)
  } else {
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index)
      if (code === 10 /* \n */) {
        starts.push(index + 1)
      } else if (code === 13 /* \r */) {
        if (text.charCodeAt(index + 1) === 10) index++
        starts.push(index + 1)
      }
    }
  }

  function point(offset: number): Point {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: offset - starts[low]! + 1, offset}
  }

  return {
    point,
    position(start, end) {
      return {start: point(start), end: point(end)}
    }
  }
}
