import type {Token} from '../attribution/tokenize.js'
import {titleSmallWords} from '../lexicon/title-small-words.js'

const small = new Set(titleSmallWords)

/**
 * A quoted title has at most this many words (`“The Art of the Deal”`,
 * `“Meet the Press”`).
 *
 * @default 10
 */
export const quotedTitleMaxWords = 10

/**
 * Whether the quotation `[first, last)` (token indexes) is a title or a name
 * in quotation marks rather than someone's words: a show, book, film,
 * slogan or nickname (`told “Morning Hour”`, `his book “The Long Road
 * Home”`). Every word is capitalised but the small words a title keeps in
 * lower case, the first one is capitalised, it has at most
 * {@link quotedTitleMaxWords} words, and it stands inside its sentence (some
 * word of the sentence comes before it): a capitalised quotation that opens
 * its sentence (“Yes,” she said) is speech.
 *
 * @param sentenceFirst - First token of the sentence.
 *
 * @example
 *   const tokens = tokenize('She told “Morning Hour” she would run.')
 *   isQuotedTitle(tokens, 3, 5, 0) // true
 */
export function isQuotedTitle(tokens: readonly Token[], first: number, last: number, sentenceFirst: number): boolean {
  let count = 0
  let lead = true
  for (let index = first; index < last; index++) {
    const token = tokens[index]!
    if (!token.word) continue
    if (++count > quotedTitleMaxWords) return false
    if (lead && !token.capital) return false
    lead = false
    if (!token.capital && !/^\d/.test(token.text) && !small.has(token.lower)) return false
  }
  if (count === 0) return false
  for (let index = sentenceFirst; index < first; index++) if (tokens[index]!.word) return true
  return false
}
