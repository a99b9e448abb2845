import {describe, expect, it} from 'vitest'
import {NameGroups} from '../../src/entities/name-groups.js'
import {votesByGroup} from '../../src/entities/votes-by-group.js'
import {mentionsOf} from './mention-rows.js'

describe('votesByGroup', () => {
  it('sums the votes of the mentions of each group', () => {
    const groups = new NameGroups()
    groups.join('edda nyberg', 'nyberg')
    const mentions = mentionsOf(['Edda Nyberg', 'Nyberg', 'Norland'])
    mentions[0]!.votes.person = 2
    mentions[1]!.votes.person = 1
    mentions[1]!.votes.place = 0.5
    mentions[2]!.votes.place = 3
    const totals = votesByGroup(mentions, groups)
    expect(totals.get(groups.root('nyberg'))).toEqual({person: 3, organization: 0, place: 0.5})
    expect(totals.get('norland')).toEqual({person: 0, organization: 0, place: 3})
    expect(totals.size).toBe(2)
  })
})
