import type {TokenRange} from './noun-phrase.js'
import type {Token} from './tokenize.js'
import {proportionNumbers, proportionQualifiers} from '../lexicon/speaker-phrase-words.js'

const numbers = new Set(proportionNumbers)
const qualifiers = new Set(proportionQualifiers)
/** How many qualifying words may open a proportion (`more than`, `at least`). */
const maxQualifiers = 2

/** Whether a token is a count in a proportion: digits or a number word. */
function isCount(token: Token | undefined): boolean {
  return token !== undefined && token.word && (/^\d+$/.test(token.text) || numbers.has(token.lower))
}

/**
 * A proportion of people as a cue's subject, right before `end`: `4 in 10
 * say`, `nearly three in five said`, `More than six in 10 said`, with the words
 * that qualify it.
 *
 * @param tokens - The sentence's tokens.
 * @param end - Index of the cue's first token.
 * @param floor - First token the subject may use.
 *
 * @example
 *   const tokens = tokenize('About 4 in 10 say they will vote.')
 *   proportionBefore(tokens, 4, 0) // {first: 0, last: 4}
 */
export function proportionBefore(tokens: readonly Token[], end: number, floor: number): TokenRange | undefined {
  const of = end - 3
  if (of < floor || !isCount(tokens[end - 1]) || tokens[end - 2]?.lower !== 'in' || !isCount(tokens[of])) return undefined
  let first = of
  while (first > floor && of - first < maxQualifiers && qualifiers.has(tokens[first - 1]!.lower)) first--
  return {first, last: end}
}
