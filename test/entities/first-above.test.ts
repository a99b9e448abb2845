import {describe, expect, it} from 'vitest'
import {firstAbove} from '../../src/entities/first-above.js'

// Rows of [ascending values, value, index of the first value above it].
const rows: [number[], number, number][] = [
  [[], 3, 0],
  [[2, 5, 9], 1, 0],
  [[2, 5, 9], 2, 1],
  [[2, 5, 9], 5, 2],
  [[2, 5, 9], 8, 2],
  [[2, 5, 9], 9, 3],
  [[4, 4, 4, 7], 4, 3]
]

describe('firstAbove', () => {
  it.each(rows)('%j above %d', (values, value, index) => {
    expect(firstAbove(values, value)).toBe(index)
  })
})
