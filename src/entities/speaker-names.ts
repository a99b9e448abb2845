import type {Locator} from '../locate.js'
import {lowerInPlace} from '../lower-in-place.js'
import {nameKey} from './name-groups.js'
import {withoutOwner} from './without-owner.js'
import type {SpeakerFindings} from './speaker-findings.js'

/** A named speaker at one quote: the name inside its mention, in input offsets. */
export interface SpeakerName {
  /** Input offset where the name starts. */
  readonly from: number
  /** Input offset where the name ends (exclusive). */
  readonly to: number
  /** The name as written in the mention. */
  readonly text: string
  /** Key of the speaker's canonical name (owner left out). */
  readonly key: string
  /** The speaker's canonical name, owner left out. */
  readonly name: string
  /** The speaker's kind. */
  readonly kind: 'person' | 'organization'
}

const pronoun = /^(?:he|she|it|they|i|we|him|her|them)$/i

/**
 * The names inside the speaker mentions of the quotes: the longest tail of
 * the speaker's canonical name that the mention holds as whole words, after
 * any possessive ("Zara Holm" in "Port authority chief Zara Holm"). Pronouns,
 * mentions holding no part of the name ("the institute"), mentions over
 * several lines and names without a capital give none.
 *
 * @example
 *   speakerNames(found, locator)[0]?.text // 'Zara Holm'
 */
export function speakerNames(found: SpeakerFindings, locator: Locator): SpeakerName[] {
  const names: SpeakerName[] = []
  const tailsOf = new Map<string, string[]>()
  for (const quote of found.quotes) {
    const speaker = quote.attribution?.speaker
    if (!speaker?.mention || pronoun.test(speaker.mention.text)) continue
    if (speaker.kind !== 'person' && speaker.kind !== 'organization') continue
    const {start, end} = speaker.mention.position
    // The longest tail of the canonical name that the mention holds ("Jumah Zada" of "Vahidullah Jumah Zada").
    // A mention that holds no part of the name ("the institute") is no name mention.
    // Same-length lower case: indices into `mention` are indices into the input.
    const mention = lowerInPlace(speaker.mention.text)
    // The tails of each canonical name are made once, not at each of its quotes.
    let tails = tailsOf.get(speaker.name)
    if (!tails) {
      const nameWords = lowerInPlace(speaker.name).split(/\s+/)
      tails = nameWords.map((_, from) => nameWords.slice(from).join(' '))
      tailsOf.set(speaker.name, tails)
    }
    let inner = ''
    let offset = -1
    for (let from = 0; from < tails.length && !inner; from++) {
      const tail = tails[from]!
      const at = mention.lastIndexOf(tail)
      if (at !== -1 && !/[\p{L}\p{N}]/u.test(mention[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(mention[at + tail.length] ?? '')) {
        inner = tail
        offset = at
      }
    }
    if (!inner || start.line !== end.line) continue
    // Read from markup (HTML, Markdown): the mention is no plain slice of the input when its span is longer.
    if (end.offset - start.offset !== speaker.mention.text.length) continue
    // "Norland’s National Weather Office": the name starts after the possessive.
    const owner = /^.*['’]s\s+/su.exec(inner)?.[0].length ?? 0
    const from = start.offset + offset + owner
    const to = start.offset + offset + inner.length
    const text = speaker.mention.text.slice(offset + owner, offset + inner.length)
    if (!/\p{Lu}/u.test(text) || locator.position(from, to).end.offset !== to) continue
    const name = withoutOwner(speaker.name)
    names.push({key: nameKey(name), name, kind: speaker.kind, from, to, text})
  }
  return names
}
