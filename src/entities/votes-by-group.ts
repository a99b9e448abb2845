import type {Mention} from './mention.js'
import type {NameGroups} from './name-groups.js'
import {addVotes, type KindVotes, noVotes} from './weigh-kind.js'

/**
 * The evidence of kind of each group of names (by its root in `groups`):
 * the sum of its mentions' votes.
 *
 * @example
 *   votesByGroup(mentions, groups).get(groups.root('kabul'))?.place
 */
export function votesByGroup(mentions: readonly Mention[], groups: NameGroups): Map<string, KindVotes> {
  const totals = new Map<string, KindVotes>()
  for (const mention of mentions) {
    const root = groups.root(mention.key)
    const votes = totals.get(root) ?? totals.set(root, noVotes()).get(root)!
    addVotes(votes, mention.votes)
  }
  return totals
}
