import type {SpeakerSummary} from '../types.js'
import {type NameGroups, nameKey} from './name-groups.js'
import {withoutOwner} from './without-owner.js'

/**
 * Which speakers each entity group is: for every speaker that is a person or
 * an organisation, the group of its canonical name (or, failing that, of one
 * of its aliases) among the groups that became entities. Returns, per group
 * root, the speakers' indexes into `speakers`, in order.
 *
 * @param roots - The roots of the groups that became entities.
 *
 * @example
 *   linkSpeakers(speakers, groups, new Set(['mara quell'])).get('mara quell') // [0]
 */
export function linkSpeakers(speakers: readonly SpeakerSummary[], groups: NameGroups, roots: ReadonlySet<string>): Map<string, number[]> {
  const links = new Map<string, number[]>()
  speakers.forEach((speaker, index) => {
    if (speaker.kind !== 'person' && speaker.kind !== 'organization') return
    for (const name of [speaker.name, ...speaker.aliases]) {
      const root = groups.root(nameKey(withoutOwner(name)))
      if (!roots.has(root)) continue
      const list = links.get(root) ?? links.set(root, []).get(root)!
      list.push(index)
      return
    }
  })
  return links
}
