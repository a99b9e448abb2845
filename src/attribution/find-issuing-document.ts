import type {TokenRange} from './noun-phrase.js'
import type {Token} from './tokenize.js'
import {bare, documentsSet, modifiersSet, timesSet} from './word-sets.js'

const leads = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our'])
/** How many adjectives may stand between the determiner and the document noun ("a brief written statement"). */
const maxAdjectives = 2

/**
 * The document a speaker spoke through, named next to the cue: "X said in a
 * statement", "In a news release, X said", "X wrote in its annual report".
 * Returns the document's lower-case head noun (`statement`, `release`), so a
 * later "the statement said" can be traced back to X.
 *
 * @example
 *   // tokens of "The board said in a statement that it would appeal."
 *   documentNearCue(tokens, {first: 2, last: 3}, 0, 12) // 'statement'
 */
export function documentNearCue(tokens: readonly Token[], cue: TokenRange, first: number, ceil: number): string | undefined {
  for (let index = cue.last; index < Math.min(ceil, cue.last + 4); index++) {
    if (tokens[index]!.lower === 'in') return documentAt(tokens, index + 1, ceil)
    // Only a time may stand between: "said Thursday in a statement", "said on Monday in …".
    const lower = bare(tokens[index]!.lower)
    if (!(timesSet.has(lower) || lower === 'on' || /^\d/.test(lower) || (modifiersSet.has(lower) && lower !== 'in'))) break
  }
  if (tokens[first]?.lower === 'in') return documentAt(tokens, first + 1, cue.first)
  return undefined
}

/** The document noun of "a (brief) statement" starting at `index`, or `undefined`. */
function documentAt(tokens: readonly Token[], index: number, ceil: number): string | undefined {
  if (!leads.has(tokens[index]?.lower ?? '')) return undefined
  for (let next = index + 1; next < Math.min(ceil, index + 2 + maxAdjectives); next++) {
    const token = tokens[next]!
    if (!token.word) return undefined
    const lower = bare(token.lower)
    if (documentsSet.has(lower)) return lower
  }
  return undefined
}
