import type {Cue} from '../attribution/cue-words.js'
import type {TokenRange} from '../attribution/noun-phrase.js'
import type {Token} from '../attribution/tokenize.js'
import {questionOpeners, speechObjectVerbs} from '../lexicon/speech-objects.js'

const leadsOf = new Map(speechObjectVerbs.map(([base, leads]) => [base, new Set(leads)]))
const questions = new Set(questionOpeners)

/**
 * What a speech verb that takes its topic as object reports: `criticized the
 * new budget`, `called for a recount`, `talked about the strike`, and the
 * embedded question of `asked whether the road would reopen`. The object runs
 * from `start` (past the cue, its addressee, times and places) to the first
 * comma, semicolon or colon outside quotation marks, or to `end`. A verb with
 * leading prepositions (see `speechObjectVerbs`) reports only an object that
 * one of them opens, and the object must hold a word outside quotation marks.
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
  let first = start
  if ((cue.base === 'ask' || cue.base === 'wonder') && questions.has(lead.lower)) {
    // An embedded question runs to the end of the statement.
    return {first, last: end}
  }
  const leads = leadsOf.get(cue.base)
  if (!leads) return undefined
  if (leads.size > 0) {
    if (!leads.has(lead.lower)) return undefined
    first++
  }
  let last = first
  let outside = 0
  while (last < end) {
    const token = tokens[last]!
    const inside = quoted(token.start)
    if (!inside && (token.text === ',' || token.text === ';' || token.text === ':')) break
    if (token.word && !inside) outside++
    last++
  }
  while (last > first && !tokens[last - 1]!.word && !quoted(tokens[last - 1]!.start)) last--
  return outside > 0 && last > first && tokens[first]!.word ? {first, last} : undefined
}
