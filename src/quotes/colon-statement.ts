import type {Token} from '../attribution/tokenize.js'
import {colonCue} from './colon-cue.js'
import {type ColonStatement, putItCue} from './put-it-cue.js'

/**
 * A sentence that reports a statement after a colon: a speaker and the colon
 * (`Harbour Board: Ferry fares will rise`, see `colonCue`), or a speaker and a
 * "put it …" frame (`The mayor put it plainly: the plan is dead`, see
 * `putItCue`). The cue is the colon or the frame.
 *
 * @param text - The block's text.
 * @param tokens - The block's tokens.
 * @param first - The sentence's first token.
 * @param ceil - Token index where the sentence's words end.
 * @param quoted - Whether an offset lies inside quotation marks.
 * @param known - Whether a one-word name is known to the article in full.
 *
 * @example
 *   const text = 'Harbour Board: Ferry fares will rise in May'
 *   const tokens = tokenize(text)
 *   colonStatement(text, tokens, 0, tokens.length, () => false, () => false)?.cue // {first: 2, last: 3}
 */
export function colonStatement(text: string, tokens: readonly Token[], first: number, ceil: number, quoted: (offset: number) => boolean, known: (name: string) => boolean): ColonStatement | undefined {
  const colon = colonCue(text, tokens, first, ceil, quoted, known)
  if (colon) return {mention: colon.mention, cue: {first: colon.colon, last: colon.colon + 1}, piece: colon.piece}
  return putItCue(text, tokens, first, ceil, quoted)
}
