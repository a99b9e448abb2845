import type {Cue} from '../attribution/cue-words.js'
import type {Token} from '../attribution/tokenize.js'
import {audienceNouns} from '../lexicon/addressee-words.js'

const audiences = new Set(audienceNouns)
/** How many words after "to" may hold the audience of `added to local reporters`. */
const audienceReach = 3

/**
 * Whether "add to" means "increase" rather than speech: a form of "add" and
 * "to" before a lower-case phrase (`adding to her run of wins`, `added to the
 * confusion`, `is adding to his lead`), which reports nothing. An audience
 * after "to" (`added to reporters`, `added to the crowd`) or a capitalised
 * name (`added to CNN`) still makes a cue.
 *
 * @example
 *   const tokens = tokenize('Lee won, adding to her lead.')
 *   isAddingTo(tokens, cueAt(tokens, 3)!) // true
 */
export function isAddingTo(tokens: readonly Token[], cue: Cue): boolean {
  if (cue.base !== 'add' || tokens[cue.last]?.lower !== 'to') return false
  const next = tokens[cue.last + 1]
  if (!next?.word || next.capital) return false
  for (let at = cue.last + 1; at <= cue.last + audienceReach; at++) if (audiences.has(tokens[at]?.lower ?? '')) return false
  return true
}
