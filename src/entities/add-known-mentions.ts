import {tokenize} from '../attribution/tokenize.js'
import {particle} from '../attribution/word-sets.js'
import type {SourceText} from '../blocks/source-text.js'
import {nameConnectors} from '../lexicon/entity-cues.js'
import type {Locator} from '../locate.js'
import type {EntityKind} from '../types.js'
import type {BlockTokens} from '../attribution/block-tokens.js'
import {firstAbove} from './first-above.js'
import type {Mention} from './mention.js'
import {nameKey} from './name-groups.js'
import {noVotes} from './weigh-kind.js'

const connectors = new Set(nameConnectors)

/**
 * Add mentions of known names written verbatim where no run finds them: in
 * title-case blocks (a headline capitalises every word, so its own runs say
 * nothing; matched ignoring case) and, elsewhere, names with a lower-case
 * word that a run of capitals cannot hold (`Norlandic government`). Matches
 * whole words, longest name first, where no mention is yet; linear in the
 * number of words times the distinct names sharing a first word that can
 * match there.
 *
 * @param tokensOf The tokens of each block (see {@link BlockTokens}).
 * @param headlines Indexes of the title-case blocks.
 * @param byRoot Mentions of each group; found mentions are added to them.
 * @param kinds The kind of each group kept: only their names are sought.
 * @example
 *   addKnownMentions(blocks, blockTokens(blocks), new Set([0]), byRoot, kinds, locator)
 */
export function addKnownMentions(blocks: readonly SourceText[], tokensOf: BlockTokens, headlines: ReadonlySet<number>, byRoot: Map<string, Mention[]>, kinds: ReadonlyMap<string, EntityKind>, locator: Locator): void {
  /** Names by their first word, longest first: all of them by the word in lower case (for headlines), those with a lower-case word by the word as written (elsewhere). */
  const byFirst = new Map<string, {words: string[]; root: string}[]>()
  const byFirstWritten = new Map<string, {words: string[]; root: string}[]>()
  // The mentions themselves, not a [from, to] copy of each: sorted by from (stably, as before) without a tuple per mention.
  const taken: Mention[] = []
  for (const root of kinds.keys()) {
    const seen = new Set<string>()
    for (const mention of byRoot.get(root)!) {
      taken.push(mention)
      if (seen.has(mention.text) || mention.text.length < 2) continue
      seen.add(mention.text)
      const words = tokenize(mention.text).map((token) => token.text)
      if (words.length === 0) continue
      const first = words[0]!.toLowerCase()
      const list = byFirst.get(first) ?? byFirst.set(first, []).get(first)!
      list.push({words, root})
      // Elsewhere than a headline, only a name with a lower-case word other than a connector or particle is sought.
      if (!words.some((word) => /^\p{Ll}/u.test(word) && !connectors.has(word) && !particle.test(word))) continue
      const written = byFirstWritten.get(words[0]!) ?? byFirstWritten.set(words[0]!, []).get(words[0]!)!
      written.push({words, root})
    }
  }
  // Longest first; of names that read alike only the first can ever match.
  const order = (lists: Map<string, {words: string[]; root: string}[]>, spelling: (words: string[]) => string) => {
    for (const [first, list] of lists) {
      const alike = new Set<string>()
      lists.set(first, list.sort((a, b) => b.words.length - a.words.length).filter((name) => {
        const spelt = spelling(name.words)
        return !alike.has(spelt) && alike.add(spelt)
      }))
    }
  }
  order(byFirst, (words) => words.join('\u0000').toLowerCase())
  order(byFirstWritten, (words) => words.join('\u0000'))
  taken.sort((a, b) => a.from - b.from)
  const takenEnds = taken.map((mention) => mention.to)
  const overlapsTaken = (from: number, to: number) => {
    const index = firstAbove(takenEnds, from)
    return index < taken.length && taken[index]!.from < to
  }
  blocks.forEach((block, blockIndex) => {
    const headline = headlines.has(blockIndex)
    const tokens = tokensOf(blockIndex)
    for (let index = 0; index < tokens.length; index++) {
      const candidates = headline ? byFirst.get(tokens[index]!.lower) : byFirstWritten.get(tokens[index]!.text)
      if (!candidates) continue
      const match = candidates.find((name) => name.words.every((word, offset) => {
        const token = tokens[index + offset]
        return token !== undefined && (headline ? token.lower === word.toLowerCase() : token.text === word)
      }))
      if (!match) continue
      const at = tokens[index]!.start
      const end = tokens[index + match.words.length - 1]!.end
      const from = block.offsetAt(at)
      const to = block.offsetAt(end)
      if (overlapsTaken(from, to) || locator.position(from, to).end.offset !== to) continue
      const written = block.text.slice(at, end)
      byRoot.get(match.root)!.push({from, to, text: written, key: nameKey(written), votes: noVotes(), block: blockIndex, start: at, headline})
      index += match.words.length - 1
    }
  })
}
