import {initialsSkipped} from '../lexicon/entity-cues.js'
import {acronymPattern} from './acronym-pattern.js'
import type {Mention} from './mention.js'

const skipped = new Set(initialsSkipped)

/**
 * Join an acronym to the one name whose initials it spells (`U.N.`, `United
 * Nations`), words such as "of" and "the" left out; an acronym that several
 * names spell stays apart.
 *
 * @param join Joins two name keys.
 * @example
 *   // Mentions "United Nations" and "UN" join; "NU" does not.
 *   joinInitials(mentions, join)
 */
export function joinInitials(mentions: readonly Mention[], join: (a: string, b: string) => void): void {
  const byInitials = new Map<string, Set<string>>()
  for (const mention of mentions) {
    const words = mention.key.split(' ').filter((word) => !skipped.has(word))
    if (words.length < 2) continue
    const initials = words.map((word) => word[0]).join('')
    const keys = byInitials.get(initials) ?? byInitials.set(initials, new Set()).get(initials)!
    keys.add(mention.key)
  }
  for (const mention of mentions) {
    if (!acronymPattern.test(mention.text)) continue
    const keys = byInitials.get(mention.key)
    if (keys?.size === 1) join(mention.key, [...keys][0]!)
  }
}
