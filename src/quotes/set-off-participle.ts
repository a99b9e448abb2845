import type {Token} from '../attribution/tokenize.js'
import {isClosingToken} from './quote-marks.js'

/** Marks that set off a participle like a comma (`… on the spot – saying …`). */
const dashes = new Set(['—', '–', '--'])
/** Words that join a participle to the clause whose subject speaks (`won the room by promising …`, `left while saying …`). */
const leads = new Set(['by', 'while', 'after'])

/**
 * Whether the participle at `index` is set off from the clause before it: by
 * a comma, by a dash, by a comma inside a closing quotation mark (`said it
 * “founded ISIS,” saying …`), with one -ly adverb allowed between
 * (`…, falsely suggesting …`). Such a participle speaks with the clause's
 * subject.
 *
 * @example
 *   isSetOffParticiple(tokenize('Lee left, quietly saying it was over'), 4) // true
 */
export function isSetOffParticiple(tokens: readonly Token[], index: number): boolean {
  const before = pastAdverb(tokens, index - 1)
  const mark = tokens[before]?.text ?? ''
  return mark === ',' || dashes.has(mark) || (isClosingToken(mark) && tokens[before - 1]?.text === ',')
}

/**
 * Whether "by", "while" or "after" joins the participle at `index` to the
 * clause before it (`won the room by promising …`, `left while saying that …`,
 * with one -ly adverb allowed between). Such a participle speaks with the
 * clause's subject too.
 *
 * @example
 *   isJoinedParticiple(tokenize('Lee left while saying it was over'), 3) // true
 */
export function isJoinedParticiple(tokens: readonly Token[], index: number): boolean {
  // Lower case only: a sentence that opens "After saying …," names its speaker after the participle.
  return leads.has(tokens[pastAdverb(tokens, index - 1)]?.text ?? '')
}

/** `before`, or the token before it when `before` is a lower-case -ly adverb. */
function pastAdverb(tokens: readonly Token[], before: number): number {
  const adverb = tokens[before]
  return adverb?.word && !adverb.capital && adverb.lower.length > 4 && adverb.lower.endsWith('ly') ? before - 1 : before
}
