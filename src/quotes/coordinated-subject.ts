import type {Cue} from '../attribution/cue-words.js'
import type {SpeakerReading} from '../attribution/read-speaker.js'
import type {Token} from '../attribution/tokenize.js'
import {clausesSet} from '../attribution/word-sets.js'
import {coordinators as coordinatorList} from '../lexicon/speaker-phrase-words.js'
import {conjunctionBefore} from './conjunction-before.js'
import {isClosingToken} from './quote-marks.js'
import {subjectReading} from './sentence-subject.js'

const coordinators = new Set(coordinatorList)
/** How far back a clause word may stand before the conjunction (`rejected the idea that … and said`). */
const reach = 40

/**
 * A cue in a second verb phrase of the sentence's subject: `The board
 * reported a loss, and said …`, `Lee has disputed the claims, but says …`,
 * `Lee rejected the idea that the pier was safe and said …`. The speaker is
 * the sentence's subject, not a noun of the first verb phrase. `undefined`
 * when the conjunction joins the cue to a subject of its own (`… and Lee
 * said`) or nothing marks the first phrase as complete.
 *
 * @example
 *   // tokens of "The board reported a loss, and said it would cut fares.", cue at "said"
 *   coordinatedSubject(tokens, cue, 0)?.mention // the range of "The board"
 */
export function coordinatedSubject(tokens: readonly Token[], cue: Cue, first: number): SpeakerReading | undefined {
  const join = conjunctionBefore(tokens, cue, first)
  if (join === undefined || !(tokens[join - 1]!.text === ',' || isClosingToken(tokens[join - 1]!.text) || clauseWordBefore(tokens, join, first))) return undefined
  const reading = subjectReading(tokens, first, join)
  return reading && reading.mention.last < join - 1 ? reading : undefined
}

/** Whether a clause word (`that`, `which`) stands before `join` with no comma between: the first phrase holds a clause of its own. */
function clauseWordBefore(tokens: readonly Token[], join: number, first: number): boolean {
  for (let index = join - 1; index > first && join - index < reach; index--) {
    const token = tokens[index]!
    if (token.text === ',' || token.text === ';') return false
    if (token.word && !token.capital && clausesSet.has(token.lower) && !coordinators.has(token.lower)) return true
  }
  return false
}
