import type {Token} from '../attribution/tokenize.js'
import type {TokenRange} from '../attribution/noun-phrase.js'

/**
 * Whether the words a cue governs open with a whole quoted utterance, one
 * whose quoted words end with their own full stop, question or exclamation
 * mark: in `Protesters chanted “No more war!” as the minister arrived` the
 * quotation is what was said, and the words after it (`as the minister
 * arrived`) are the reporter's, so there is no reported statement beside the
 * direct quote. A partial quote that the clause goes on from
 * (`said “the deal” would cost jobs`) is not whole.
 *
 * @example
 *   // tokens of "“No more war!” as the minister arrived", range over all of them
 *   opensWholeQuote(tokens, range, quoted) // true
 */
export function opensWholeQuote(tokens: readonly Token[], range: TokenRange, quoted: (offset: number) => boolean): boolean {
  const lead = tokens[range.first]
  if (!lead || lead.word || !quoted(tokens[range.first + 1]?.start ?? -1)) return false
  let index = range.first + 1
  while (index < range.last && quoted(tokens[index]!.start)) index++
  return index < range.last && /^[.!?…]+$/.test(tokens[index - 1]!.text)
}
