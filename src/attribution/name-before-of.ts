import type {Token} from './tokenize.js'
import {bare, complementsSet, determinersSet, honorificsSet, isNamePart, organizationSet, partyMembersSet, titlesSet} from './word-sets.js'

/** How many words the place after "of" may have (`of Oregon`, `of New Mexico`). */
const placeWords = 2

/**
 * `Ann Lee of Oregon`, `Sen. Tom Ruiz of New Mexico`: where a person's name
 * that a place follows ends (the index of "of"), or `undefined`. The words
 * before "of" must be a name of two to four capitalised words (a title may
 * lead), none of them a title, organisation word or title complement, so
 * `Secretary of State`, `Bank of Norland` and `University of Vale` stay whole.
 *
 * @param first - First token of the phrase, past any determiner.
 * @param last - Token index after the phrase.
 *
 * @example
 *   const tokens = tokenize('Ann Lee of Oregon')
 *   nameBeforeOf(tokens, 0, 4) // 2
 */
export function nameBeforeOf(tokens: readonly Token[], first: number, last: number): number | undefined {
  let of = -1
  for (let index = last - 2; index >= Math.max(first + 1, last - 1 - placeWords); index--) {
    if (tokens[index]!.lower === 'of' && !tokens[index]!.capital) {
      of = index
      break
    }
  }
  if (of === -1) return undefined
  for (let index = of + 1; index < last; index++) {
    const token = tokens[index]!
    if (!token.word || !token.capital || organizationSet.has(bare(token.lower)) || complementsSet.has(bare(token.lower))) return undefined
  }
  let start = of
  while (start > first && isNameWord(tokens[start - 1]!)) start--
  const size = of - start
  if (size < 2 || size > 4) return undefined
  // Only a title may stand before the name.
  for (let index = first; index < start; index++) if (!titlesSet.has(bare(tokens[index]!.lower)) && !honorificsSet.has(bare(tokens[index]!.lower))) return undefined
  return of
}

function isNameWord(token: Token): boolean {
  const lower = bare(token.lower)
  if (!isNamePart(token)) return false
  return !titlesSet.has(lower) && !honorificsSet.has(lower) && !organizationSet.has(lower) && !complementsSet.has(lower) && !determinersSet.has(lower) && !partyMembersSet.has(lower)
}
