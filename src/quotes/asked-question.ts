import type {TokenRange} from '../attribution/noun-phrase.js'
import type {Token} from '../attribution/tokenize.js'
import {passiveAuxiliaries} from '../lexicon/speaker-phrase-words.js'
import {questionOpeners} from '../lexicon/speech-objects.js'

const openers = new Set(questionOpeners)
const passive = new Set(passiveAuxiliaries)

/**
 * `Asked whether the pier would reopen, Lee said …`, `When asked about the
 * budget, …`, `Lee was asked if …`: a question put to someone by a
 * questioner the article does not name, at the sentence's start or after a
 * passive auxiliary. Returns the question's words (after "about"; a "whether" or "if"
 * stays) up to the next comma or the sentence's end, or `undefined`. The
 * question is reported speech with no speaker: who answered it is the
 * addressee, not the one who asked. `index` is the token of "asked",
 * `first` the sentence's first token, `ceil` the token after its words.
 *
 * @example
 *   // tokens of "Asked whether the pier would reopen, Lee shrugged."
 *   askedQuestion(tokens, 0, 0, 9) // {first: 1, last: 6}
 */
export function askedQuestion(tokens: readonly Token[], index: number, first: number, ceil: number): TokenRange | undefined {
  const before = tokens[index - 1]
  if (tokens[index]!.lower !== 'asked' || !(index === first || (index === first + 1 && before!.lower === 'when') || (index > first && passive.has(before!.lower)))) return undefined
  let start = index + 1
  if (tokens[start]?.lower === 'about') start++
  else if (!openers.has(tokens[start]?.lower ?? '')) return undefined
  let last = start
  while (last < ceil && tokens[last]!.text !== ',' && tokens[last]!.text !== ';') last++
  return last - start >= 2 ? {first: start, last} : undefined
}
