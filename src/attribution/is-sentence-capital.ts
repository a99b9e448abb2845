import type {Token} from './tokenize.js'
import {bare, groupsSet} from './word-sets.js'

/**
 * Whether the capital of the word at `index` is only the sentence's: the word
 * opens the sentence (no token before it, or a mark other than a comma or
 * semicolon) and in lower case it is one of the group nouns (`Officials`,
 * `Residents`, `Critics`). Such a word names no one: `Officials said` is the
 * group `officials`, not a person called "Officials". Titles and documents
 * are left out: they are also names (`Bill is back`, `Judge said`).
 *
 * @param tokens - The sentence's tokens.
 * @param index - The capitalised word's token index.
 *
 * @example
 *   isSentenceCapital(tokenize('Officials said the plan fails.'), 0) // true
 *   isSentenceCapital(tokenize('Lee said the plan fails.'), 0) // false
 */
export function isSentenceCapital(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]
  if (!token?.word || !token.capital) return false
  const before = tokens[index - 1]
  if (before && (before.word || before.text === ',' || before.text === ';')) return false
  return groupsSet.has(bare(token.lower))
}
