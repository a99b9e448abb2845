import {describe, expect, it} from 'vitest'
import {withoutOwner} from '../../src/entities/without-owner.js'

// Rows of [name, name without its owner].
const rows: [string, string][] = [
  ['Norland’s Weather Office', 'Weather Office'],
  ["the city's Harbour Board", 'Harbour Board'],
  ['Edda Nyberg', 'Edda Nyberg'],
  ['Saint James', 'Saint James']
]

describe('withoutOwner', () => {
  it.each(rows)('%s', (name, expected) => {
    expect(withoutOwner(name)).toBe(expected)
  })
})
