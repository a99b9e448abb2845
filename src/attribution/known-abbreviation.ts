import {abbreviations, lowerCaseAbbreviations} from '../lexicon/function-words.js'

const known = new Set(abbreviations)
const anyCase = new Set(lowerCaseAbbreviations)
const capital = /^\p{Lu}/u

/**
 * Whether `word` (without its final period) is a known abbreviation as
 * written: one of the {@link abbreviations}, with a capital unless it is one of
 * the {@link lowerCaseAbbreviations} (`Man.` is Manitoba, but `a local man.`
 * ends a sentence).
 *
 * @example
 *   isKnownAbbreviation('Sen') // true
 *   isKnownAbbreviation('man') // false
 *   isKnownAbbreviation('etc') // true
 */
export function isKnownAbbreviation(word: string): boolean {
  const lower = word.toLowerCase()
  return known.has(lower) && (capital.test(word) || anyCase.has(lower))
}
