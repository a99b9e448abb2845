import {keepFloor, sureFloor} from './evidence-weights.js'
import type {Mention} from './mention.js'
import type {NameGroups} from './name-groups.js'
import {votesByGroup} from './votes-by-group.js'
import {addVotes, bestKind} from './weigh-kind.js'

/**
 * Join a surname or shorter tail (`Dass`, `al-Tamimi`, `Vega Ruiz`) to the
 * one person whose fuller name ends with it, unless the shorter name is more
 * surely something else (a place, an organisation). A surname also used
 * alone says the full name is a person's.
 *
 * @param join Joins two name keys.
 * @example
 *   // "Edda Nyberg" (a person) and "Nyberg" join.
 *   joinTails(mentions, groups, join)
 */
export function joinTails(mentions: readonly Mention[], groups: NameGroups, join: (a: string, b: string) => void): void {
  const totals = votesByGroup(mentions, groups)
  // A surname used alone later ("Nyberg" after "Edda Nyberg") says the full name is a person's.
  const singles = new Set<string>()
  for (const mention of mentions) {
    if (mention.key.includes(' ')) continue
    const votes = totals.get(groups.root(mention.key))!
    if (votes.place < keepFloor && votes.organization < keepFloor) singles.add(mention.key)
  }
  for (const mention of mentions) {
    const last = mention.key.slice(mention.key.lastIndexOf(' ') + 1)
    if (mention.key.includes(' ') && singles.has(last) && mention.votes.organization === 0 && mention.votes.place === 0) {
      mention.votes.person += 2
      addVotes(totals.get(groups.root(mention.key))!, {person: 2, organization: 0, place: 0})
    }
  }
  const people = new Map<string, string>()
  for (const mention of mentions) {
    const root = groups.root(mention.key)
    const votes = totals.get(root)!
    if (bestKind(votes, keepFloor) === 'person' && votes.person >= sureFloor && mention.key.includes(' ')) people.set(mention.key, root)
  }
  // Every shorter tail of each full name, to the full names it ends ("al-tamimi" → "omar al-tamimi").
  const tails = new Map<string, Map<string, string>>()
  for (const [full, fullRoot] of people) {
    const parts = full.split(' ')
    for (let from = 1; from < parts.length; from++) {
      const tail = parts.slice(from).join(' ')
      const roots = tails.get(tail) ?? tails.set(tail, new Map()).get(tail)!
      if (roots.size < 2) roots.set(fullRoot, full)
    }
  }
  const keys = new Set(mentions.map((mention) => mention.key))
  for (const key of keys) {
    const root = groups.root(key)
    // A short name surely of another kind ("Norland", a country) stays apart; weak evidence (a preposition) does not count.
    const own = totals.get(root)!
    if (Math.max(own.place, own.organization) >= sureFloor && Math.max(own.place, own.organization) > own.person) continue
    const roots = tails.get(key)
    if (roots?.size === 1) {
      const [[target, full]] = [...roots] as [[string, string]]
      if (target !== root) join(full, key)
    }
  }
}
