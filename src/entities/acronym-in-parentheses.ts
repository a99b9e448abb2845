import type {Token} from '../attribution/tokenize.js'
import {acronymPattern} from './acronym-pattern.js'
import type {NameRun} from './find-name-runs.js'
import {spellsAcronym} from './spells-acronym.js'

/**
 * The acronym written in parentheses right after a name run, when it spells
 * the name (`Harbour Safety Board (HSB)`); `undefined` otherwise.
 *
 * @param tokens The block's tokens.
 * @param run The name run.
 * @param text The run's text.
 * @example
 *   // In "the Harbour Safety Board (HSB) said", for the run "Harbour Safety Board":
 *   acronymInParentheses(tokens, run, 'Harbour Safety Board') // 'HSB'
 */
export function acronymInParentheses(tokens: readonly Token[], run: NameRun, text: string): string | undefined {
  const acronym = tokens[run.last + 1]?.text ?? ''
  if (tokens[run.last]?.text === '(' && acronymPattern.test(acronym) && tokens[run.last + 2]?.text === ')' && spellsAcronym(text, acronym)) return acronym
  return undefined
}
