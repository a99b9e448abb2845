import type {Cue} from '../attribution/cue-words.js'
import type {TokenRange} from '../attribution/noun-phrase.js'
import type {Token} from '../attribution/tokenize.js'
import {questionOpeners} from '../lexicon/speech-objects.js'

const openers = new Set(questionOpeners)

/**
 * `Asked whether the pier would reopen, Lee said …`, `When asked about the
 * budget, …`: a sentence that opens with a question put to someone by a
 * questioner the article does not name. Returns the question's words (after "about"; a "whether" or "if"
 * stays) up to the next comma or the sentence's end, or `undefined`. The
 * question is reported speech with no speaker: who answered it is the
 * addressee, not the one who asked. `first` is the sentence's first token,
 * `ceil` the token after its words.
 *
 * @example
 *   // tokens of "Asked whether the pier would reopen, Lee shrugged."
 *   askedQuestion(tokens, cue, 0, 9) // {first: 1, last: 6}
 */
export function askedQuestion(tokens: readonly Token[], cue: Cue, first: number, ceil: number): TokenRange | undefined {
  if (cue.base !== 'ask' || !(cue.first === first || (cue.first === first + 1 && tokens[first]!.lower === 'when'))) return undefined
  let start = cue.last
  if (tokens[start]?.lower === 'about') start++
  else if (!openers.has(tokens[start]?.lower ?? '')) return undefined
  let last = start
  while (last < ceil && tokens[last]!.text !== ',' && tokens[last]!.text !== ';') last++
  return last - start >= 2 ? {first: start, last} : undefined
}
