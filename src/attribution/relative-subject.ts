import {phraseBefore, type TokenRange} from './noun-phrase.js'
import type {Token} from './tokenize.js'
import {prepositionsSet, pronounsSet} from './word-sets.js'
import {relativeSubjects} from '../lexicon/speaker-phrase-words.js'

const relatives = new Set(relativeSubjects)

/** A relative pronoun as a cue's subject and the noun phrase it stands for. */
export interface RelativeSubject {
  /** The pronoun (`who`). */
  readonly mention: TokenRange
  /** What it stands for (`voters`, `Ann Lee`). */
  readonly antecedent: TokenRange
}

/**
 * `Voters who say the tax is too high …`, `Ann Lee, who said the pier was
 * unsafe, …`, `the report, which says …`: a lower-case "who" or "which"
 * right before the cue (at `end`) is its subject, and the noun phrase before
 * it (past one comma) is who spoke. Nothing when no noun phrase stands there
 * or a lone pronoun does (`unclear to him who said it`).
 *
 * @param tokens - The sentence's tokens.
 * @param end - Index of the cue's first token (past any adverbs before it).
 * @param floor - First token the antecedent may use.
 *
 * @example
 *   const tokens = tokenize('Voters who say the tax is too high stayed home.')
 *   relativeSubject(tokens, 2, 0) // {mention: {first: 1, last: 2}, antecedent: {first: 0, last: 1}}
 */
export function relativeSubject(tokens: readonly Token[], end: number, floor: number): RelativeSubject | undefined {
  const at = end - 1
  const token = tokens[at]
  if (at <= floor || !token || token.capital || !relatives.has(token.lower)) return undefined
  const before = tokens[at - 1]?.text === ',' ? at - 1 : at
  const antecedent = phraseBefore(tokens, before, floor) ?? afterPreposition(tokens, before, floor)
  // "unclear to him who said it": a lone pronoun before "who" is no antecedent.
  if (!antecedent || (antecedent.last - antecedent.first === 1 && pronounsSet.has(tokens[antecedent.first]!.lower))) return undefined
  return {mention: {first: at, last: end}, antecedent}
}

/** How far back a preposition may open the antecedent (`signed by local voters who …`). */
const prepositionReach = 5

/** `signed by voters who say`: the noun phrase after the nearest preposition, when the phrase before cannot start where it would. */
function afterPreposition(tokens: readonly Token[], end: number, floor: number): TokenRange | undefined {
  for (let index = end - 2; index >= Math.max(floor, end - prepositionReach); index--) {
    const token = tokens[index]!
    if (!token.word) return undefined
    if (!token.capital && prepositionsSet.has(token.lower)) return phraseBefore(tokens, end, index + 1)
  }
  return undefined
}
