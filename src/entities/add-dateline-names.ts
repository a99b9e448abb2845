import type {Locator} from '../locate.js'
import type {Dateline, EntityKind} from '../types.js'
import {speakerWeight} from './evidence-weights.js'
import type {Mention} from './mention.js'
import {nameKey} from './name-groups.js'
import {addVotes, noVotes} from './weigh-kind.js'

/**
 * The dateline's place (`PORTVILLE, Ore.`) is a place and its agency (`AP`) an
 * organisation: runs already inside them (`PORTVILLE`, `Ore.`) take the
 * evidence, else the words as written, where they slice back from the input,
 * become a mention.
 *
 * @example
 *   addDatelineNames(mentions, article.dateline, locator)
 */
export function addDatelineNames(mentions: Mention[], dateline: Dateline, locator: Locator): void {
  for (const named of datelineNames(dateline, locator)) {
    const inside = mentions.filter((mention) => mention.block >= 0 && named.from <= mention.from && mention.to <= named.to)
    if (inside.length === 0) mentions.push(named)
    for (const mention of inside) addVotes(mention.votes, named.votes)
  }
}

/** The dateline's place and agency as mentions, where they slice back from the input. */
function datelineNames(dateline: Dateline, locator: Locator): Mention[] {
  const names: Mention[] = []
  const add = (text: string | undefined, kind: EntityKind) => {
    if (!text) return
    const at = dateline.text.indexOf(text)
    const from = dateline.position.start.offset + at
    if (at === -1 || locator.position(from, from + text.length).end.offset !== from + text.length) return
    // Read from markup (HTML, Markdown): the dateline's text is no plain slice of the input when its span is longer.
    if (dateline.position.end.offset - dateline.position.start.offset !== dateline.text.length) return
    const votes = noVotes()
    votes[kind] += speakerWeight
    names.push({from, to: from + text.length, text, key: nameKey(text), votes, block: -1, start: -1})
  }
  add(dateline.place, 'place')
  add(dateline.agency, 'organization')
  return names
}
