import {describe, expect, it} from 'vitest'
import {joinTails} from '../../src/entities/join-tails.js'
import {NameGroups} from '../../src/entities/name-groups.js'
import {mentionsOf} from './mention-rows.js'

// Rows of [mentions as "text:person:place" votes, short name, full name it joins or undefined].
const rows: [string[], string, string | undefined][] = [
  [['Edda Nyberg:5:0', 'Nyberg:0:0'], 'nyberg', 'edda nyberg'],
  [['Omar al-Tamimi:5:0', 'al-Tamimi:0:0'], 'al-tamimi', 'omar al-tamimi'],
  [['Ana Vega Ruiz:5:0', 'Vega Ruiz:0:0'], 'vega ruiz', 'ana vega ruiz'],
  // Two people end with it: it stays apart.
  [['Edda Nyberg:5:0', 'Lars Nyberg:5:0', 'Nyberg:0:0'], 'nyberg', undefined],
  // Surely a place.
  [['Paul Norland:5:0', 'Norland:0:5'], 'norland', undefined],
  // The full name is no sure person.
  [['Edda Nyberg:0:0', 'Nyberg:0:0'], 'nyberg', undefined]
]

describe('joinTails', () => {
  it.each(rows)('%j', (rowsOfMentions, short, full) => {
    const mentions = mentionsOf(rowsOfMentions.map((row) => row.split(':')[0]!))
    rowsOfMentions.forEach((row, index) => {
      const [, person, place] = row.split(':')
      mentions[index]!.votes.person = Number(person)
      mentions[index]!.votes.place = Number(place)
    })
    const groups = new NameGroups()
    joinTails(mentions, groups, (a, b) => groups.join(a, b))
    for (const mention of mentions) {
      if (mention.key === short) continue
      expect(groups.root(mention.key) === groups.root(short)).toBe(mention.key === full)
    }
  })
})
