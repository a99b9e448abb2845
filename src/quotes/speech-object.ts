import type {Cue} from '../attribution/cue-words.js'
import type {TokenRange} from '../attribution/noun-phrase.js'
import type {Token} from '../attribution/tokenize.js'
import {articlesAndPossessives, definiteDeterminers} from '../lexicon/speaker-phrase-words.js'
import {questionOpeners, speechObjectVerbs} from '../lexicon/speech-objects.js'
import {cueAt} from '../attribution/cue-words.js'
import {objectRun} from './object-run.js'

const leadsOf = new Map(speechObjectVerbs.map(([base, leads]) => [base, new Set(leads)]))
const questions = new Set(questionOpeners)
/** A participle after one of these modifies a noun (`the proposed budget`): it reports nothing. */
const modifierBefore = new Set([...articlesAndPossessives, ...definiteDeterminers.filter((word) => word !== 'that')])

/**
 * What a speech verb that takes its topic as object reports: `criticized the
 * new budget`, `called for a recount`, `talked about the strike`, and the
 * embedded question of `asked whether the road would reopen`. The object runs
 * from `start` (past the cue, its addressee, times and places) to the first
 * comma, semicolon or colon outside quotation marks, or to `end`. A verb with
 * leading prepositions (see `speechObjectVerbs`) reports only an object that
 * one of them opens, and the object must hold a word outside quotation marks.
 * A participle after an article or possessive (`the city's proposed budget`) is no
 * cue, and the object stops at an "and" or "but" that opens another verb
 * (`condemned the vandalism and promised repairs`) or another clause with a
 * cue of its own (`proposes a levy and the council criticizes it`).
 *
 * @param start - First token after the cue (and any addressee, time or place).
 * @param end - Token index where the reported words must end.
 * @param quoted - Whether an offset lies inside quotation marks.
 *
 * @example
 *   const tokens = tokenize('Lee criticized the new budget.')
 *   speechObject(tokens, cueAt(tokens, 1)!, 2, 5, () => false) // {first: 2, last: 5}
 */
export function speechObject(tokens: readonly Token[], cue: Cue, start: number, end: number, quoted: (offset: number) => boolean): TokenRange | undefined {
  const lead = tokens[start]
  if (!lead || start >= end) return undefined
  const before = tokens[cue.first - 1]?.lower ?? ''
  if (modifierBefore.has(before) || /['’]s$/.test(before)) return undefined
  let first = start
  if ((cue.base === 'ask' || cue.base === 'wonder') && questions.has(lead.lower)) {
    // An embedded question runs to the end of the statement.
    return {first, last: end}
  }
  const leads = leadsOf.get(cue.base)
  if (!leads) return undefined
  if (leads.size > 0) {
    // "talked openly about …": an adverb may stand before the leading preposition.
    if (!leads.has(lead.lower) && isAdverb(lead) && leads.has(tokens[start + 1]?.lower ?? '')) first++
    if (!leads.has(tokens[first]!.lower)) return undefined
    first++
  }
  // "condemned the vandalism and promised repairs": an "and" or "but" that opens another verb ends the object.
  const {last, outside} = objectRun(tokens, first, end, quoted, (index) => (tokens[index]!.lower === 'and' || tokens[index]!.lower === 'but') && opensVerb(tokens, index + 1, end))
  return outside > 0 && last > first && tokens[first]!.word ? {first, last} : undefined
}

/** Whether a token is a lower-case adverb in -ly (`openly`, `bitterly`). */
function isAdverb(token: Token): boolean {
  return token.word && !token.capital && token.lower.length > 4 && token.lower.endsWith('ly')
}

/** Whether the words from `index` to `end` hold a verb of their own: a past tense right after the conjunction, or a cue. */
function opensVerb(tokens: readonly Token[], index: number, end: number): boolean {
  const next = tokens[index]
  if (next && next.word && !next.capital && /ed$/.test(next.lower)) return true
  for (let at = index; at < end; at++) if (cueAt(tokens, at)) return true
  return false
}
