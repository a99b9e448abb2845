import {type Token, tokenize} from './tokenize.js'
import type {SourceText} from '../blocks/source-text.js'

/** The tokens of block `index`. */
export type BlockTokens = (index: number) => readonly Token[]

/**
 * Most characters of text whose blocks' tokens are all kept once made: an
 * article of this length or less is tokenised once per stage, not once per
 * pass (the quote stage reads the blocks three times, the entity stage about
 * as often); its tokens are some 3 MB.
 */
const keptCharacters = 100_000

/**
 * The tokens of each block, made when asked. For a text of up to
 * {@link keptCharacters} characters every block's tokens are kept; for a longer
 * one only the last block's: the quote and entity stages read the blocks in
 * order, pass by pass, so an article of any length holds one block's tokens at
 * a time (a token is an object of its own; the tokens of 10 MB of text are
 * some 250 MB).
 *
 * @example
 *   const tokensOf = blockTokens([sliceSource('Ana Lowe spoke.', 0)])
 *   tokensOf(0)[1]?.text // 'Lowe'
 */
export function blockTokens(blocks: readonly SourceText[]): BlockTokens {
  const tokensOfBlock = (index: number) => tokenize(blocks[index]?.text ?? '')
  let characters = 0
  for (const block of blocks) characters += block.text.length
  if (characters <= keptCharacters) {
    const kept: Array<readonly Token[] | undefined> = []
    return (index) => (kept[index] ??= tokensOfBlock(index))
  }
  let last = -1
  let tokens: readonly Token[] = []
  return (index) => {
    if (index !== last) {
      tokens = tokensOfBlock(index)
      last = index
    }
    return tokens
  }
}
