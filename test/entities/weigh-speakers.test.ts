import {describe, expect, it} from 'vitest'
import {NameGroups} from '../../src/entities/name-groups.js'
import {weighSpeakers} from '../../src/entities/weigh-speakers.js'
import {createLocator} from '../../src/locate.js'
import type {QuoteFindings} from '../../src/quotes/find-quotes.js'
import {mentionsOf} from './mention-rows.js'

// Only the fields the rule reads: speakers' names and kinds, quotes' addressees.
function findings(speakers: [string, string][], addressees: [number, number][], input: string): QuoteFindings {
  const locator = createLocator(input)
  return {
    speakers: speakers.map(([name, kind]) => ({name, kind, aliases: []})),
    quotes: addressees.map(([from, to]) => ({attribution: {addressee: {text: input.slice(from, to), position: locator.position(from, to)}}})),
    messages: [],
    windows: []
  } as unknown as QuoteFindings
}

describe('weighSpeakers', () => {
  it('gives a speaker’s kind to the first mention of its name only', () => {
    const mentions = mentionsOf(['Edda Nyberg', 'Nyberg', 'Edda Nyberg'])
    const groups = new NameGroups()
    groups.join('edda nyberg', 'nyberg')
    weighSpeakers(mentions, findings([['Edda Nyberg', 'person'], ['Tailor', 'person']], [], 'Edda Nyberg Nyberg Edda Nyberg'), groups)
    expect(mentions.map((mention) => mention.votes.person)).toEqual([5, 0, 0])
  })

  it('makes an acronym told something an organisation, not a name', () => {
    const input = 'NTA Lena Okafor'
    const mentions = mentionsOf(['NTA', 'Lena Okafor'])
    weighSpeakers(mentions, findings([], [[0, 3], [4, 15]], input), new NameGroups())
    expect(mentions.map((mention) => mention.votes.organization)).toEqual([2.5, 0])
  })

  it('ignores a speaker of another kind', () => {
    const mentions = mentionsOf(['Norland'])
    weighSpeakers(mentions, findings([['Norland', 'place']], [], 'Norland'), new NameGroups())
    expect(mentions[0]!.votes).toEqual({person: 0, organization: 0, place: 0})
  })
})
