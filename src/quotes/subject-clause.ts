import type {Token} from '../attribution/tokenize.js'
import {clausesSet, prepositionsSet} from '../attribution/word-sets.js'
import {auxiliaries} from '../lexicon/auxiliaries.js'

const auxiliaryWords = new Set(auxiliaries)
/** Marks that stand inside a noun phrase. */
const joiners = '%’\'-$'
/** How many words the clause's subject may take before its auxiliary (`about one-third of the Ohio vote will`). */
const subjectReach = 7

/**
 * Whether the words at `start` open a clause with a noun-phrase subject: a
 * short run of words (no comma, no preposition but "of", no clause word) and
 * then an auxiliary or modal (`lawsuits could be filed`, `the program would
 * be paid for`, `half of the meetings were …`). After a weak cue
 * with no "that" such a clause is what was said; a bare object is not
 * (`predicted a win`).
 *
 * @example
 *   opensSubjectClause(tokenize('lawsuits could be filed'), 0, 4) // true
 */
export function opensSubjectClause(tokens: readonly Token[], start: number, end: number): boolean {
  for (let index = start; index < Math.min(end, start + subjectReach + 1); index++) {
    const token = tokens[index]!
    const lower = token.lower
    // "40% of voters", "the party’s nominee": marks inside a phrase; any other ends it.
    if (!token.word && !joiners.includes(token.text)) return false
    if (auxiliaryWords.has(lower) && !token.capital) return index > start && tokens[index + 1]?.word === true
    if (clausesSet.has(lower) || (prepositionsSet.has(lower) && lower !== 'of' && !(index === start && token.capital))) return false
  }
  return false
}
