import type {Token} from '../attribution/tokenize.js'
import {fragmentClauseOpeners} from '../lexicon/reported-clause-words.js'
import type {ReportedSpeech} from './read-indirect.js'

/**
 * How many tokens a quoted fragment may hold and still leave its cue free to
 * report the clause after it (`citing “the port's charm,” the aide said …`).
 *
 * @default 8
 */
export const fragmentReach = 8

const clauseOpeners = new Set(fragmentClauseOpeners)

/**
 * The pieces of a report that start at or after `from` (the cue's end) and
 * open a clause: after "that", or with a subject pronoun, a determiner or a
 * name. Nothing when none does. A cue that a short quoted fragment before it
 * has taken (`Citing “other plans,” the aide told reporters that …`) still
 * reports such a clause; an adjunct after it (`said on the pier`) is none.
 *
 * @example
 *   // tokens of "Citing “other plans,” the aide said that the pier is safe", cue "said" ending at 8
 *   forwardClause(reported, tokens, 8) // the piece "the pier is safe" only
 */
export function forwardClause(reported: ReportedSpeech, tokens: readonly Token[], from: number): ReportedSpeech | undefined {
  const opens = (index: number) => tokens[index - 1]?.lower === 'that' || clauseOpeners.has(tokens[index]?.lower ?? '') || (tokens[index]?.capital === true && tokens[index]!.word)
  const pieces = reported.pieces.filter((piece) => piece.first >= from && opens(piece.first))
  return pieces.length > 0 ? {...reported, pieces} : undefined
}
