import type {BlockTokens} from '../attribution/block-tokens.js'
import type {SourceText} from '../blocks/source-text.js'
import type {Mention} from './mention.js'
import {nameKey} from './name-groups.js'
import {lowerBound} from '../quotes/token-search.js'

/**
 * `Network Rail said …` after `… for Network Rail`: a capitalised word that
 * opens a sentence was left out of the name after it as an ordinary word,
 * but when the article writes the two together as a name elsewhere, the
 * mention starts at that word. Mentions are replaced in place.
 *
 * @param tokensOf - Each block's tokens (see {@link BlockTokens}).
 * @returns The mentions, those extended replaced.
 * @example
 *   mentions = knownStarts(mentions, blocks, blockTokens(blocks))
 */
export function knownStarts(mentions: readonly Mention[], blocks: readonly SourceText[], tokensOf: BlockTokens): Mention[] {
  const keys = new Set(mentions.map((mention) => mention.key))
  return mentions.map((mention) => {
    if (mention.block < 0) return mention
    const tokens = tokensOf(mention.block)
    const index = lowerBound(tokens, mention.start)
    const before = tokens[index - 1]
    if (!before || !before.word || !before.capital || tokens[index]?.start !== mention.start) return mention
    // Only a word that opens its sentence (or block) was dropped that way.
    const opener = tokens[index - 2]
    if (opener && !/^[.!?“"‘]$/.test(opener.text)) return mention
    const text = blocks[mention.block]!.text.slice(before.start, tokens[index]!.start) + mention.text
    const key = nameKey(text)
    if (!keys.has(key)) return mention
    return {...mention, from: blocks[mention.block]!.offsetAt(before.start), text, key, start: before.start}
  })
}
