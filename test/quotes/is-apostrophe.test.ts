import {describe, expect, it} from 'vitest'
import {isApostrophe} from '../../src/quotes/is-apostrophe.js'

// Rows of [text, index of the mark, whether it is an apostrophe].
const rows: [string, number, boolean][] = [
  ['Kabul’s', 5, true],
  ["don't", 3, true],
  ['al-Ra’uf', 5, true],
  ['the ’90s', 4, true],
  ['rock ’n’ roll', 5, true],
  ['‘quoted’ word', 7, false],
  ['players’ union', 7, false],
  ['’em all', 0, true]
]

describe('isApostrophe', () => {
  it.each(rows)('%s at %i', (text, index, expected) => {
    expect(isApostrophe(text, index)).toBe(expected)
  })
})
