import {cueAt} from '../attribution/cue-words.js'
import type {Token} from '../attribution/tokenize.js'

/**
 * A quoted fragment of at most this many words, with no cue before it in its clause,
 * is a scare quote, a name or a term (`hold “blackouts”`, `blamed “weekend sailors”`), not speech.
 *
 * @default 3
 */
export const scareQuoteMaxWords = 3

/**
 * Whether the partial quotation `[first, last)` (token indexes, no cue attributed
 * to it) is a scare-quoted term, a nickname or a title rather than someone's words:
 * at most {@link scareQuoteMaxWords} words and no cue word, not even a weak one
 * (`encouraged both sides to focus on the “common enemy”`), in its clause
 * `[clause, before)`.
 *
 * @example
 *   // tokens of `Clubs hold “blackouts” to cheer`
 *   isScareQuote(tokens, 3, 4, 0, 2) // true
 */
export function isScareQuote(tokens: readonly Token[], first: number, last: number, clause: number, before: number, titleCase = false): boolean {
  let count = 0
  for (let index = first; index < last; index++) if (tokens[index]!.word && ++count > scareQuoteMaxWords) return false
  for (let index = clause; index < before; index++) if (cueAt(tokens, index, titleCase)) return false
  return true
}
