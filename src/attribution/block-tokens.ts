import {type Token, tokenize} from './tokenize.js'
import type {SourceText} from '../blocks/source-text.js'

/** The tokens of block `index`. */
export type BlockTokens = (index: number) => readonly Token[]

/**
 * The tokens of each block, made when asked and kept for the last block asked
 * only: the quote and entity stages read the blocks in order, pass by pass, so an
 * article of any length holds one block's tokens at a time (a token is an
 * object of its own; the tokens of 10 MB of text are some 250 MB).
 *
 * @example
 *   const tokensOf = blockTokens([sliceSource('Ana Lowe spoke.', 0)])
 *   tokensOf(0)[1]?.text // 'Lowe'
 */
export function blockTokens(blocks: readonly SourceText[]): BlockTokens {
  let last = -1
  let tokens: readonly Token[] = []
  return (index) => {
    if (index !== last) {
      tokens = tokenize(blocks[index]?.text ?? '')
      last = index
    }
    return tokens
  }
}
