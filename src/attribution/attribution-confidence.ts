import type {AttributionEvidence, QuoteKind} from '../types.js'
import {confidenceWeights} from './confidence-weights.js'
import type {TokenRange} from './noun-phrase.js'
import type {Token} from './tokenize.js'
import {pronounsSet} from './word-sets.js'

/** How a quote's speaker is named at the quote: a name, a description (`the mayor`), a pronoun, or not at all. */
export type MentionShape = 'name' | 'description' | 'pronoun' | 'none'

/**
 * The shape of a speaker mention: a lone pronoun (or "who"), a name (its last
 * word capitalised: `Mara Quell`, `the Harbour Trust`) or a description.
 *
 * @example
 *   mentionShape(tokenize('the harbour master'), {first: 0, last: 3}) // 'description'
 */
export function mentionShape(tokens: readonly Token[], mention: TokenRange): MentionShape {
  const last = tokens[mention.last - 1]
  if (!last) return 'none'
  if (mention.last - mention.first === 1 && (pronounsSet.has(last.lower) || last.lower === 'who')) return 'pronoun'
  let index = mention.last - 1
  while (index > mention.first && !tokens[index]!.word) index--
  return tokens[index]!.capital ? 'name' : 'description'
}

/**
 * The confidence of an attribution, from the fitted table
 * (`confidence-weights.ts`): the cell of its rule, mention shape and quote
 * kind, else its rule's, else the overall rate.
 *
 * @example
 *   attributionConfidence('said-after', 'name', 'direct') // e.g. 0.97
 */
export function attributionConfidence(evidence: AttributionEvidence, shape: MentionShape, kind: QuoteKind): number {
  const cells: Readonly<Record<string, number>> = confidenceWeights.cells
  const rules: Readonly<Record<string, number>> = confidenceWeights.byEvidence
  return cells[`${evidence}|${shape}|${kind}`] ?? rules[evidence] ?? confidenceWeights.prior
}
