import {type Cue, cueAt} from '../attribution/cue-words.js'
import type {Token} from '../attribution/tokenize.js'

/**
 * Whether "pointing out" is a gesture rather than speech: a participle set
 * off right after a finite cue (`“It stood there,” Lee said, pointing out
 * where the mill was`). Elsewhere "point out" reports its object (`Lee
 * pointed out that the pier was shut`, `…, pointing out the cost`).
 *
 * @example
 *   const tokens = tokenize('Lee said, pointing out the mill.')
 *   isPointingGesture(tokens, cueAt(tokens, 3)!) // true
 */
export function isPointingGesture(tokens: readonly Token[], cue: Cue): boolean {
  if (cue.base !== 'point' || !cue.gerund || tokens[cue.first - 1]?.text !== ',') return false
  const before = cueAt(tokens, cue.first - 2)
  return before !== undefined && !before.gerund
}
