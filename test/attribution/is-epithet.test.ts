import {describe, expect, it} from 'vitest'
import {isEpithet} from '../../src/attribution/is-epithet.js'

// Rows of [a description's head word, whether it reads as an epithet for a person].
const rows: [string, boolean][] = [
  ['30-year-old', true],
  ['brawler', true],
  ['sprinter', true],
  ['novelist', true],
  ['data', false],
  ['move', false],
  ['year-old', false],
  ['er', false]
]

describe('isEpithet', () => {
  it.each(rows)('%s', (head, expected) => {
    expect(isEpithet(head)).toBe(expected)
  })
})
