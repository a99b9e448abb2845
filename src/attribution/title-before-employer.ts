import type {Token} from './tokenize.js'
import {bare, titlesSet} from './word-sets.js'
import {employerPrepositions} from '../lexicon/speaker-phrase-words.js'

const prepositions = new Set(employerPrepositions)

/**
 * `a lawyer for Tom Ruiz`, `a spokesperson for Metrolinx`, `the mayor of
 * Lakeside`: the index of a lower-case title that opens the phrase (past
 * lower-case words) and that a preposition of whom the person works for
 * follows (a capitalised name after it, past a "the"), or `undefined`. Such a phrase describes a person; the name after
 * the preposition is someone else. `Secretary of State Ann Lowe` (a
 * capitalised title) is a title and a name.
 *
 * @param first - First token of the phrase, past any determiner.
 * @param last - Token index after the phrase.
 *
 * @example
 *   const tokens = tokenize('a lawyer for Tom Ruiz')
 *   titleBeforeEmployer(tokens, 1, 5) // 1
 */
export function titleBeforeEmployer(tokens: readonly Token[], first: number, last: number): number | undefined {
  for (let index = first; index < last - 2; index++) {
    const token = tokens[index]!
    if (!token.word || token.capital) return undefined
    if (!titlesSet.has(bare(token.lower))) continue
    const named = tokens[index + 2]!.lower === 'the' ? index + 3 : index + 2
    return prepositions.has(tokens[index + 1]!.lower) && named < last && tokens[named]!.capital ? index : undefined
  }
  return undefined
}
