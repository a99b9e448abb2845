import {cueAt} from '../attribution/cue-words.js'
import type {Token} from '../attribution/tokenize.js'

/**
 * Whether a participle cue set off by a comma opens at `index`: in
 * `The pier will reopen, Lee said, adding that …` the inserted attribution
 * ends the first statement and the participle starts the speaker's next one.
 *
 * @example
 *   // tokens of "…, Lee said, adding that …", index at "adding"
 *   opensParticiple(tokens, index) // true
 */
export function opensParticiple(tokens: readonly Token[], index: number): boolean {
  return tokens[index - 1]?.text === ',' && Boolean(cueAt(tokens, index)?.gerund)
}
