import {describe, expect, it} from 'vitest'
import {NameGroups, nameKey} from '../../src/entities/name-groups.js'

// Rows of [name as written, key].
const rows: [string, string][] = [
  ['Dunmore’s', 'dunmore'],
  ["Dunmore's", 'dunmore'],
  ['U.N.', 'un'],
  ['Abu  Karim al‑Tamimi', 'abu karim al-tamimi'],
  ['Harbour Board', 'harbour board']
]

describe('nameKey', () => {
  it.each(rows)('%s', (name, key) => {
    expect(nameKey(name)).toBe(key)
  })
})

describe('NameGroups', () => {
  it('joins names transitively and keeps others apart', () => {
    const groups = new NameGroups()
    groups.join('harbour safety board', 'hsb')
    groups.join('hsb', 'the board')
    groups.join('lena okafor', 'okafor')
    expect(groups.root('the board')).toBe(groups.root('harbour safety board'))
    expect(groups.root('okafor')).not.toBe(groups.root('hsb'))
    expect(groups.root('unknown')).toBe('unknown')
  })
})
