import type {Token} from '../attribution/tokenize.js'
import {timeWords} from '../lexicon/function-words.js'
import {settingPrepositions as settingPrepositionList, thatClauseWords} from '../lexicon/reported-clause-words.js'

const times = new Set(timeWords)

/** Prepositions that open a time, place or medium phrase between a cue and its "that" (`said in a statement that`). */
const settingPrepositions = new Set(settingPrepositionList)

/** Words that make the stretch before "that" a clause of its own (`told them it was her idea that`). */
const clauseWords = new Set(thatClauseWords)

/**
 * Whether the "that" at `that` opens the reported clause of a cue whose words
 * end at `after` (past its addressee): only when nothing stands between them,
 * or a time or setting phrase does (`said Thursday that`, `said in a
 * letter early Tuesday that`). Otherwise the "that" belongs to a noun
 * inside the reported words (`said the deal funds groups that …`) or to the
 * verb's object (`called it a plan that …`).
 *
 * @param tokens - The sentence's tokens.
 * @param after - First token after the cue and its addressee.
 * @param that - Index of the "that" token.
 *
 * @example
 *   const tokens = tokenize('she said on Monday that it failed')
 *   isReportingThat(tokens, 2, 4) // true
 */
export function isReportingThat(tokens: readonly Token[], after: number, that: number): boolean {
  if (that === after) return true
  const lead = tokens[after]!
  const lower = lead.lower
  if (!(settingPrepositions.has(lower) || times.has(lower) || /^\d/.test(lead.text) || (lower.endsWith('ly') && !lead.capital))) return false
  for (let index = after; index < that; index++) if (clauseWords.has(tokens[index]!.lower)) return false
  return true
}
