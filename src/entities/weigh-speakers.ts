import {acronymPattern} from './acronym-pattern.js'
import {speakerWeight} from './evidence-weights.js'
import type {Mention} from './mention.js'
import {type NameGroups, nameKey} from './name-groups.js'
import {withoutOwner} from './without-owner.js'
import type {SpeakerFindings} from './speaker-findings.js'

/**
 * Evidence from attribution that needs no speaker mention: a speaker found
 * through pronouns only ("Edda Nyberg … she said") makes the first mention of
 * its name a person's or an organisation's, and an acronym that is told
 * something ("told NTA") is an organisation. Linear: the first mention of each
 * group and the mentions at each span are found once.
 *
 * @example
 *   weighSpeakers(mentions, found, groups)
 */
export function weighSpeakers(mentions: readonly Mention[], found: SpeakerFindings, groups: NameGroups): void {
  // Spans of the acronyms told something, first: only mentions starting where one starts are keyed (not every mention).
  const told = new Map<string, number>()
  const toldFroms = new Set<number>()
  for (const quote of found.quotes) {
    const addressee = quote.attribution?.addressee
    if (!addressee || !acronymPattern.test(addressee.text)) continue
    const {start, end} = addressee.position
    const span = `${start.offset}:${end.offset}`
    told.set(span, (told.get(span) ?? 0) + 1)
    toldFroms.add(start.offset)
  }
  const firstOfRoot = new Map<string, Mention>()
  const atSpan = new Map<string, Mention[]>()
  for (const mention of mentions) {
    const root = groups.root(mention.key)
    if (!firstOfRoot.has(root)) firstOfRoot.set(root, mention)
    if (!toldFroms.has(mention.from)) continue
    const span = `${mention.from}:${mention.to}`
    if (!told.has(span)) continue
    const list = atSpan.get(span) ?? atSpan.set(span, []).get(span)!
    list.push(mention)
  }
  for (const speaker of found.speakers) {
    if (speaker.kind !== 'person' && speaker.kind !== 'organization') continue
    const named = firstOfRoot.get(groups.root(nameKey(withoutOwner(speaker.name))))
    if (named) named.votes[speaker.kind] += speakerWeight
  }
  // Once per quote, added one at a time as before (the same sums to the last bit).
  for (const [span, count] of told) {
    for (const mention of atSpan.get(span) ?? []) for (let time = 0; time < count; time++) mention.votes.organization += speakerWeight / 2
  }
}
