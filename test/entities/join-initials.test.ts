import {describe, expect, it} from 'vitest'
import {joinInitials} from '../../src/entities/join-initials.js'
import {NameGroups} from '../../src/entities/name-groups.js'
import {mentionsOf} from './mention-rows.js'

// Rows of [mentions, acronym, name it should join or undefined].
const rows: [string[], string, string | undefined][] = [
  [['United Nations', 'U.N.'], 'un', 'united nations'],
  [['Harbour Safety Board', 'HSB'], 'hsb', 'harbour safety board'],
  [['Bank of Norland', 'BN'], 'bn', 'bank of norland'],
  [['Bank of Norland', 'Board of Nurses', 'BN'], 'bn', undefined],
  [['Harbour Safety Board', 'Hsb'], 'hsb', undefined],
  [['Norland', 'N.'], 'n', undefined]
]

describe('joinInitials', () => {
  it.each(rows)('%j', (texts, acronym, name) => {
    const groups = new NameGroups()
    joinInitials(mentionsOf(texts), (a, b) => groups.join(a, b))
    const others = texts.map((text) => text.toLowerCase()).filter((key) => key.replace(/\./g, '') !== acronym)
    for (const other of others) expect(groups.root(acronym) === groups.root(other)).toBe(other === name)
  })
})
