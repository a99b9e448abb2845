import type {TokenRange} from '../attribution/noun-phrase.js'
import type {Token} from '../attribution/tokenize.js'
import {cueVerbs} from '../lexicon/cue-verbs.js'
import {continuedParticles} from '../lexicon/speech-objects.js'
import {objectRun} from './object-run.js'

const particles = new Set(continuedParticles)
/** Base forms of the speech verbs: after "continue to" only one of them reports (`to insist`, not `to grow`). */
const speechBases = new Set(cueVerbs.map((verb) => (typeof verb === 'string' ? verb : verb[0])))
/** How many words outside quotation marks the object needs (`his efforts`). */
const minWords = 2

/**
 * `continued to question whether …`, `continues to insist that …`,
 * `continued to criticize the levy`: after "continue to" and a speech verb
 * (one of `cueVerbs`, in base form), what that verb governs is what the
 * speaker kept saying, from past the verb (and one particle or "that": `to
 * talk about`, `to insist that`) to the first comma, semicolon or colon outside
 * quotation marks, or to `end`. Any other verb reports nothing (`continued to
 * grow`, `continues to draw support`), and the object needs two words outside
 * quotation marks.
 *
 * @param tokens - The sentence's tokens.
 * @param after - The token after the cue "continue" (its "to").
 * @param end - Token index where the reported words must end.
 * @param quoted - Whether an offset lies inside quotation marks.
 *
 * @example
 *   const tokens = tokenize('Lee continued to question the harbour budget.')
 *   continuedObject(tokens, 2, 6, () => false) // {first: 4, last: 6}
 */
export function continuedObject(tokens: readonly Token[], after: number, end: number, quoted: (offset: number) => boolean): TokenRange | undefined {
  const verb = tokens[after + 1]
  if (tokens[after]?.lower !== 'to' || !verb || !verb.word || verb.capital || after + 1 >= end) return undefined
  if (!speechBases.has(verb.lower)) return undefined
  let first = after + 2
  if (particles.has(tokens[first]?.lower ?? '')) first++
  const {last, outside} = objectRun(tokens, first, end, quoted)
  return outside >= minWords && last > first && tokens[first]!.word ? {first, last} : undefined
}
