import type {Cue} from '../attribution/cue-words.js'
import type {Token} from '../attribution/tokenize.js'
import {modifiersSet} from '../attribution/word-sets.js'
import {coordinators as coordinatorList} from '../lexicon/speaker-phrase-words.js'

const coordinators = new Set(coordinatorList)
/** How many adverbs may stand between the conjunction and the cue (`and later said`). */
const maxAdverbs = 2

/**
 * The index of the conjunction that joins a cue to the verb phrase before it:
 * `Lee said the pier was shut and later said …`, `…, but argues …`.
 * `undefined` when the cue (past up to two adverbs like "also") has no
 * lower-case "and" or "but" before it, as when it has a subject of its own
 * (`…, and Ortiz said …`), or when the conjunction opens the sentence.
 *
 * @param first - The sentence's first token.
 *
 * @example
 *   // tokens of "Lee said the pier was shut and said it would reopen.", the second "said"
 *   conjunctionBefore(tokens, cue, 0) // 6, the index of "and"
 */
export function conjunctionBefore(tokens: readonly Token[], cue: Cue, first: number): number | undefined {
  let join = cue.first - 1
  while (join > first && cue.first - 1 - join < maxAdverbs && modifiersSet.has(tokens[join]!.lower) && !coordinators.has(tokens[join]!.lower)) join--
  const conjunction = tokens[join]
  return conjunction && !conjunction.capital && coordinators.has(conjunction.lower) && join - 1 > first ? join : undefined
}
