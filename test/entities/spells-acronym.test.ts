import {describe, expect, it} from 'vitest'
import {spellsAcronym} from '../../src/entities/spells-acronym.js'

// Rows of [name, acronym, whether the acronym can stand for the name].
const rows: [string, string, boolean][] = [
  ['Harbour Safety Board', 'HSB', true],
  ['Office of Harbour Safety', 'OHS', true],
  ['Norland Rail Service', 'NRS', true],
  ['E.U. Fisheries Agency', 'EUFA', true],
  ['Eastland Coast Guard', 'ECG', true],
  ['Eastland Coast Guard', 'AP', false],
  ['DUNMORE', 'AP', false],
  ['Harbour Safety Board', 'HBS', false]
]

describe('spellsAcronym', () => {
  it.each(rows)('%s (%s)', (name, acronym, expected) => {
    expect(spellsAcronym(name, acronym)).toBe(expected)
  })
})
