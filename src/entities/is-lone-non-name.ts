import type {Token} from '../attribution/tokenize.js'
import {acronymPattern} from './acronym-pattern.js'
import {lexiconKind} from './compromise-adapter.js'
import type {NameRun} from './find-name-runs.js'

/** Endings of adjectives made from names (`Islamist`, `Islamic`, `Spanish`, `Chinese`). */
const adjective = /(?:ist|ic|ish|ese)$/

/**
 * Whether a run is a lone capitalised word that is no name: one compromise's
 * lexicon knows as something else (a demonym, an adjective), or one ending
 * like an adjective made from a name before a lower-case word ("the Islamist
 * group"). Names that end so alone ("Eric", "Trish") are names still; titled
 * runs and acronyms always are.
 *
 * @param tokens The block's tokens.
 * @param run The name run.
 * @param text The run's text.
 * @example
 *   // In "an Islamist group", for the run "Islamist":
 *   isLoneNonName(tokens, run, 'Islamist') // true
 */
export function isLoneNonName(tokens: readonly Token[], run: NameRun, text: string): boolean {
  const lone = run.last - run.first === 1 && !run.titled && !acronymPattern.test(text)
  if (!lone) return false
  const known = lexiconKind(text.toLowerCase())
  if (known === 'other') return true
  const next = tokens[run.last]
  return known === undefined && adjective.test(text) && next?.word === true && !next.capital
}
