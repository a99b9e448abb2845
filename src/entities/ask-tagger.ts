import type {SourceText} from '../blocks/source-text.js'
import {sentenceEnds} from '../quotes/sentence-ends.js'
import type {EntityKind} from '../types.js'
import {tagWords, type TaggedWord} from './compromise-adapter.js'
import {sureFloor, taggerWeight} from './evidence-weights.js'
import {firstAbove} from './first-above.js'
import {groupInPieces} from './group-in-pieces.js'
import type {Mention} from './mention.js'
import type {NameGroups} from './name-groups.js'
import {votesByGroup} from './votes-by-group.js'

/** The share of the article's text the tagger may read. */
const taggerShare = 0.2
/** Characters the tagger may read whatever the article's length. */
const taggerMinimum = 400
/**
 * The most characters handed to the tagger at once: a long input's sentences
 * go in pieces of whole sentences, each dropped before the next is tagged, so
 * the tagger's working objects never cover more than this. Compromise reads
 * a little across the sentences it is given, so pieces give nearly, not
 * exactly, the tags of one pass (round 11: one word in 32,000 differed on a
 * 10 MB input; none on the corpora). Smaller pieces (2,000) did not lower the
 * peak of a 10 MB text (597–600 MB against 571–608).
 */
const taggerPiece = 20_000

/**
 * Ask compromise's tagger about names whose kind is still in doubt (below
 * {@link sureFloor}), reading only their sentences: two per name, at most a
 * fifth of the article in all (at least 400 characters), so reading entities
 * stays well under one compromise pass. Each mention asked about takes the
 * kind compromise gives its last tagged word.
 *
 * @param blocks The texts the mentions' `block` indexes.
 * @example
 *   askTagger(mentions, blocks, groups)
 */
export function askTagger(mentions: readonly Mention[], blocks: readonly SourceText[], groups: NameGroups): void {
  const totals = votesByGroup(mentions, groups)
  const asked = new Map<string, number>()
  const sentences = new Map<string, {block: number; start: number; end: number; at: number; mentions: Mention[]}>()
  let budget = Math.max(taggerMinimum, taggerShare * blocks.reduce((sum, block) => sum + block.text.length, 0))
  const endsOf = new Map<number, number[]>()
  for (const mention of mentions) {
    if (mention.block < 0) continue
    const root = groups.root(mention.key)
    const votes = totals.get(root)!
    if (Math.max(votes.person, votes.organization, votes.place) >= sureFloor) continue
    // Two sentences per name are enough to learn its kind.
    const count = asked.get(root) ?? 0
    if (count >= 2) continue
    asked.set(root, count + 1)
    const text = blocks[mention.block]!.text
    const ends = endsOf.get(mention.block) ?? endsOf.set(mention.block, sentenceEnds(text, [])).get(mention.block)!
    const at = firstAbove(ends, mention.start)
    const start = at > 0 ? ends[at - 1]! : 0
    const key = `${mention.block}:${start}`
    let sentence = sentences.get(key)
    if (!sentence) {
      const end = ends[at] ?? text.length
      if (end - start > budget) continue
      budget -= end - start
      sentence = {block: mention.block, start, end, at: 0, mentions: []}
      sentences.set(key, sentence)
    }
    sentence.mentions.push(mention)
  }
  if (sentences.size === 0) return
  const list = [...sentences.values()]
  const parts = list.map((sentence) => `${blocks[sentence.block]!.text.slice(sentence.start, sentence.end)}\n\n`)
  const firsts = groupInPieces(parts.map((part) => part.length), taggerPiece)
  const words: TaggedWord[] = []
  let base = 0
  firsts.forEach((first, piece) => {
    const last = firsts[piece + 1] ?? parts.length
    let text = ''
    for (let index = first; index < last; index++) {
      list[index]!.at = base + text.length
      text += parts[index]!
    }
    for (const word of tagWords(text)) words.push({kind: word.kind, start: base + word.start, end: base + word.end})
    base += text.length
  })
  const starts = words.map((word) => word.start)
  for (const sentence of sentences.values()) {
    for (const mention of sentence.mentions) {
      const from = sentence.at + mention.start - sentence.start
      const to = from + mention.text.length
      let kind: EntityKind | undefined
      for (let index = firstAbove(starts, from - 1); index < words.length && words[index]!.start < to; index++) kind = words[index]!.kind
      if (kind) mention.votes[kind] += taggerWeight
    }
  }
}
