import type {Token} from './tokenize.js'
import {bare, organizationSet, titlesSet} from './word-sets.js'

/**
 * Whether the lower-case "the" at `index` sits inside one name of the shape
 * `<Capitalised> of the <Capitalised>` whose first part is an organisation
 * word or a title (`Ministry of the Interior`, `Bank of the West`,
 * `Secretary of the Treasury`): a speaker's phrase read back from its cue
 * crosses such a "the" instead of stopping at it. A person's name before
 * "of the" (`Ann Lee of the Harbour Trust`) is not crossed.
 *
 * @param tokens - The sentence's tokens.
 * @param index - The token index of the "the".
 *
 * @example
 *   ofTheName(tokenize('The Ministry of the Interior said'), 3) // true
 *   ofTheName(tokenize('Ann Lee of the Harbour Trust said'), 3) // false: a person's name
 */
export function ofTheName(tokens: readonly Token[], index: number): boolean {
  const the = tokens[index]
  const of = tokens[index - 1]
  const before = tokens[index - 2]
  const after = tokens[index + 1]
  if (!the || the.capital || the.lower !== 'the' || !of || of.capital || of.lower !== 'of') return false
  if (!before?.word || !before.capital || !after?.word || !after.capital) return false
  const lower = bare(before.lower)
  return organizationSet.has(lower) || titlesSet.has(lower)
}
