import type {Token} from './tokenize.js'
import {clausesSet, issuingParticiplesSet} from './word-sets.js'

/** How many words may stand between the participle and "by" ("released late on Tuesday by"). */
const gap = 4

/**
 * "a report released on Tuesday by the agency", "a survey commissioned by
 * the union": when the words after a document's noun (from `after`) are an
 * issuing participle, perhaps a few words of time or place, and then "by",
 * the index of the word after "by" (where the issuer's name starts), else
 * `undefined`. The participles are in `lexicon/document-nouns.ts`
 * (`issuingParticiples`); a comma, a stop or a clause word ends the search.
 *
 * @example
 *   // tokens of "a report released Tuesday by the agency"
 *   participleIssuer(tokens, 2) // 5 ("the")
 */
export function participleIssuer(tokens: readonly Token[], after: number): number | undefined {
  const participle = tokens[after]
  if (!participle || participle.capital || !issuingParticiplesSet.has(participle.lower)) return undefined
  for (let index = after + 1; index < Math.min(tokens.length, after + 2 + gap); index++) {
    const token = tokens[index]!
    if (!token.word) return undefined
    if (token.lower === 'by' && !token.capital) return index + 1
    if (clausesSet.has(token.lower)) return undefined
  }
  return undefined
}
