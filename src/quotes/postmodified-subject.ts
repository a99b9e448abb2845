import type {Cue} from '../attribution/cue-words.js'
import {cueAt} from '../attribution/cue-words.js'
import type {SpeakerReading} from '../attribution/read-speaker.js'
import type {Token} from '../attribution/tokenize.js'
import {clausesSet, determinersSet, modifiersSet, prepositionsSet, pronounsSet} from '../attribution/word-sets.js'
import {auxiliaries} from '../lexicon/auxiliaries.js'
import {postmodifierOpeners, subjectLeadIns} from '../lexicon/reported-clause-words.js'
import {negations} from '../lexicon/speaker-phrase-words.js'
import {skipDateline, skipLeadingAdverbial} from './sentence-subject.js'

const openers = new Set(postmodifierOpeners)
const leadIns = new Set(subjectLeadIns)
const negationWords = new Set(negations)
const auxiliaryWords = new Set(auxiliaries)
/** How many tokens the head phrase before its description may take (`many diehard Sanders supporters`). */
const headReach = 5
/** How many tokens the whole subject may take. */
const subjectReach = 18

/**
 * `A person familiar with the plans says …`, `People with knowledge of the talks
 * said …`, `Voters who backed him in May say …`: the subject at the sentence's
 * start, a short head phrase and the words describing it, when nothing but
 * words stands between it and the cue (no comma, dash or quotation mark), no
 * other speech verb and, outside a "who"/"that" clause, no auxiliary (a verb of
 * the subject's own: `The pier was shut, the board said`). The speaker is the
 * whole phrase, and the caller reads only a clause after the cue. `undefined`
 * for a gerund, a phrase or a weak cue (`Lee's win in Ohio indicates …`), a
 * possessive name at the start (`Lee’s win in Ohio assures her …`), or another shape.
 *
 * @example
 *   // tokens of "A person familiar with the plans said the pier would close.", cue at "said"
 *   postmodifiedSubject(tokens, cue, 0)?.mention // the range of "A person familiar with the plans"
 */
export function postmodifiedSubject(tokens: readonly Token[], cue: Cue, first: number): SpeakerReading | undefined {
  if (cue.gerund || cue.phrase || cue.weak) return undefined
  let start = skipLeadingAdverbial(tokens, skipDateline(tokens, first, cue.first), cue.first)
  // "But many voters who …", "Even the organizer of …": a conjunction or adverb before the subject is no part of it.
  while (start < cue.first && tokens[start]!.word && (leadIns.has(tokens[start]!.lower) || modifiersSet.has(tokens[start]!.lower))) start++
  // "have said", "would not say": the auxiliaries and adverbs before the verb are the cue's.
  let end = cue.first
  while (end - 1 > start && tokens[end - 1]!.word && !tokens[end - 1]!.capital && (modifiersSet.has(tokens[end - 1]!.lower) || auxiliaryWords.has(tokens[end - 1]!.lower) || negationWords.has(tokens[end - 1]!.lower))) end--
  if (end - start < 3 || end - start > subjectReach) return undefined
  const lead = tokens[start]!
  if (!lead.word || pronounsSet.has(lead.lower) || clausesSet.has(lead.lower) || prepositionsSet.has(lead.lower)) return undefined
  let opener = -1
  for (let index = start + 1; index < end; index++) {
    const token = tokens[index]!
    if (!token.word) return undefined
    // Another speech verb in the subject (`The rhetoric of candidates blasting the plan suggests`) reads the sentence otherwise.
    const inner = cueAt(tokens, index)
    if (inner && (inner.gerund || !inner.weak)) return undefined
    const lower = token.lower
    if (opener < 0 && !token.capital && openers.has(lower)) opener = index
    // Before the description, and after one that no "who" or "that" opens, an auxiliary is a verb of the subject's own.
    if (auxiliaryWords.has(lower) && !token.capital && (opener < 0 || !['who', 'that'].includes(tokens[opener]!.lower))) return undefined
  }
  if (opener < 0 || opener - start > headReach) return undefined
  // "Lee’s win in Ohio assures her …": a possessive opens a thing of the name's, seldom a speaker.
  if (/['’]s$/.test(lead.lower) && lead.capital) return undefined
  // The phrase ends in a word that can end one (`the talks`, `GunBroker.com`), not "of the".
  const last = tokens[end - 1]!
  if (determinersSet.has(last.lower) || prepositionsSet.has(last.lower) || clausesSet.has(last.lower)) return undefined
  return {mention: {first: start, last: end}}
}
