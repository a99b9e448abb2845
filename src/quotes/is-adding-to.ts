import type {Cue} from '../attribution/cue-words.js'
import {findAddressee} from '../attribution/find-addressee.js'
import type {Token} from '../attribution/tokenize.js'

/**
 * Whether "add to" means "increase" rather than speech: a form of "add" and
 * "to" before a phrase that names no audience (`adding to her run of wins`,
 * `added to the confusion`, `is adding to his lead`), which reports nothing.
 * An addressee after "to" (`added to reporters`, `added to the local crowd`,
 * `added to CNN`; see `findAddressee`) still makes a cue.
 *
 * @example
 *   const tokens = tokenize('Lee won, adding to her lead.')
 *   isAddingTo(tokens, cueAt(tokens, 3)!) // true
 */
export function isAddingTo(tokens: readonly Token[], cue: Cue): boolean {
  return cue.base === 'add' && tokens[cue.last]?.lower === 'to' && tokens[cue.last + 1]?.word === true && !findAddressee(tokens, cue.last + 1, tokens.length)
}
