import type {Cue} from '../attribution/cue-words.js'
import type {TokenRange} from '../attribution/noun-phrase.js'
import type {Token} from '../attribution/tokenize.js'
import {callIdioms} from '../lexicon/cue-verbs.js'
import {prepositions} from '../lexicon/function-words.js'
import {namingObjects} from '../lexicon/reported-clause-words.js'

/** Pronouns that stand as the object of a naming verb: `called it …`. */
const objects = new Set(namingObjects)

const openers = new Set(prepositions)
const idioms = new Set(callIdioms)

/**
 * Words that make a naming complement short enough to be an idiom rather than
 * a verdict (`called it a day`, `called it quits`).
 *
 * @default 3
 */
export const namingMinWords = 3

/**
 * The words a speaker names something with: `They called it a gamble that
 * will not pay off` reports the speaker's verdict `a gamble that will
 * not pay off`. Only for `call` with a pronoun object, and never for a
 * phrase that opens with a preposition (`called them on Monday`), an idiom
 * (`called it off`, `called it a day`, see `callIdioms`) or one shorter than
 * {@link namingMinWords}.
 *
 * @param tokens - The sentence's tokens.
 * @param cue - The cue (`called`).
 * @param end - Token index where the reported words must end.
 * @param words - Counts the words of a range that stand outside quotation marks.
 *
 * @example
 *   const tokens = tokenize('They called it a plan that fails the town.')
 *   namingComplement(tokens, cueAt(tokens, 1)!, 9, (range) => range.last - range.first) // {first: 3, last: 9}
 */
export function namingComplement(tokens: readonly Token[], cue: Cue, end: number, words: (range: TokenRange) => number): TokenRange | undefined {
  if (cue.base !== 'call' || cue.gerund) return undefined
  const object = tokens[cue.last]
  if (!object || !objects.has(object.lower)) return undefined
  const lead = tokens[cue.last + 1]
  if (!lead || !lead.word || openers.has(lead.lower) || idioms.has(lead.lower)) return undefined
  // "called it a day": an idiom once its article is passed.
  if ((lead.lower === 'a' || lead.lower === 'an') && idioms.has(tokens[cue.last + 2]?.lower ?? '')) return undefined
  const range = {first: cue.last + 1, last: end}
  return words(range) >= namingMinWords ? range : undefined
}
