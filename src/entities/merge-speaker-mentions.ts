import {determinersSet} from '../attribution/word-sets.js'
import type {Locator} from '../locate.js'
import {acronymPattern} from './acronym-pattern.js'
import {lexiconKind} from './compromise-adapter.js'
import {speakerWeight, taggerWeight} from './evidence-weights.js'
import {firstAbove} from './first-above.js'
import type {Mention} from './mention.js'
import {nameKey} from './name-groups.js'
import {speakerNames} from './speaker-names.js'
import {addVotes, noVotes} from './weigh-kind.js'
import {withoutOwner} from './without-owner.js'
import type {SpeakerFindings} from './speaker-findings.js'

/**
 * Bring the speakers found by attribution into the mentions: strong evidence
 * of kind, and their acronym aliases joined. A run inside a speaker's words
 * that is (the end of) the same name keeps its own, tighter bounds and takes
 * the evidence (less when the speaker's words are wider); other runs inside
 * them are dropped; a speaker no run found becomes a mention of its own. A
 * speaker without a capital, or a lone ordinary word taken for one, names no
 * one.
 *
 * @param mentions Name runs, which do not overlap; sorted here in input order.
 * @param lowerWords Words the article writes in lower case somewhere.
 * @param join Joins two name keys in one group.
 * @returns The mentions, runs dropped and speakers added.
 * @example
 *   mentions = mergeSpeakerMentions(mentions, found, locator, lowerWords, join)
 */
export function mergeSpeakerMentions(mentions: Mention[], found: SpeakerFindings, locator: Locator, lowerWords: ReadonlySet<string>, join: (a: string, b: string) => void): Mention[] {
  const speakerMentions = speakerNames(found, locator)
  for (const speaker of found.speakers) {
    if (speaker.kind !== 'person' && speaker.kind !== 'organization') continue
    // An acronym the attribution read beside the name ("Norland Survey Office (NSO)"); other aliases are weighed like any name.
    for (const alias of speaker.aliases) if (acronymPattern.test(alias)) join(nameKey(withoutOwner(speaker.name)), nameKey(alias))
  }
  // Run mentions in input order (they do not overlap), to find those under each speaker's words by binary search.
  mentions.sort((a, b) => a.from - b.from)
  const ends = mentions.map((mention) => mention.to)
  const dropped = new Set<Mention>()
  const added: Mention[] = []
  for (const speaker of speakerMentions) {
    // A common noun ("the council") names no one: an entity's name has a capital.
    if (!/\p{Lu}/u.test(speaker.name)) continue
    // Nor does a lone ordinary word taken for a speaker ("Many said …", "Apparently, …").
    if (!speaker.name.includes(' ') && (lowerWords.has(speaker.key) || determinersSet.has(speaker.key) || lexiconKind(speaker.key) === 'other')) continue
    // A run inside the speaker's words that is (the end of) the same name keeps its own, tighter bounds;
    // another name inside them ("Mexico" in "Mexico’s statistics institute") stays apart.
    let same: Mention | undefined
    for (let index = firstAbove(ends, speaker.from); index < mentions.length && mentions[index]!.from < speaker.to; index++) {
      const mention = mentions[index]!
      if (dropped.has(mention)) continue
      if (mention.key === speaker.key || speaker.key.endsWith(` ${mention.key}`) || mention.key.endsWith(` ${speaker.key}`)) {
        join(mention.key, speaker.key)
        if (!same) same = mention
        else {
          addVotes(same.votes, mention.votes)
          dropped.add(mention)
        }
      } else if (speaker.from <= mention.from && mention.to <= speaker.to) {
        dropped.add(mention)
      }
    }
    if (same) {
      // A speaker's words wider than the name run ("Coastal Norland" for "Norland") are weaker evidence.
      const wider = speaker.from < same.from || same.to < speaker.to
      same.votes[speaker.kind] += wider ? taggerWeight : speakerWeight
      continue
    }
    const votes = noVotes()
    votes[speaker.kind] += speakerWeight
    added.push({from: speaker.from, to: speaker.to, text: speaker.text, key: nameKey(speaker.text), votes, block: -1, start: -1})
    join(nameKey(speaker.text), speaker.key)
  }
  return [...mentions.filter((mention) => !dropped.has(mention)), ...added]
}
