import type {TokenRange} from './noun-phrase.js'
import type {Token} from './tokenize.js'
import {cueAt} from './cue-words.js'
import {clausesSet, determinersSet, prepositionsSet, pronounsSet} from './word-sets.js'
import {auxiliaries} from '../lexicon/auxiliaries.js'
import {modalAdverbs, modals} from '../lexicon/modals.js'
import {countWords, describedSubjectDeterminers, objectPronouns} from '../lexicon/speaker-phrase-words.js'

const openers = new Set(describedSubjectDeterminers)
const counts = new Set(countWords)
/** Words that are never part of a described subject: auxiliaries, modals, adverbs before a verb, object pronouns. */
const excluded = new Set([...auxiliaries, ...modals, ...modalAdverbs, ...objectPronouns])
/** How many words a described subject may hold after its determiner (`the organizer of a rally` holds five). */
const reach = 6

/** Whether a token can stand inside a described subject: a lower-case word that is no function word, verb form or cue. */
function isInner(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!
  if (!token.word || token.capital) return false
  const lower = token.lower
  // "didn’t", "won't": a negated auxiliary ends the subject.
  if (clausesSet.has(lower) || pronounsSet.has(lower) || excluded.has(lower) || /n['’]t$/.test(lower)) return false
  return cueAt(tokens, index) === undefined
}

/**
 * A subject described by a common noun the lexicons do not know, right before
 * `end` (the cue): a determiner at the clause's start and up to a few lower-case
 * words (`The magazine said`, `One source said`, `The organizer of a rally
 * said`, `the mother of two said`, `the two said`). The determiner must open the clause (the sentence's start, a comma
 * or a clause word before it; not a preposition, as in `in the end said`), so
 * that `liked the plan the mayor said` never reads as one.
 *
 * @param tokens - The sentence's tokens.
 * @param end - Index of the cue's first token.
 * @param floor - First token the subject may use.
 *
 * @example
 *   const tokens = tokenize('One source said the vote was delayed.')
 *   describedSubjectBefore(tokens, 2, 0) // {first: 0, last: 2}
 */
export function describedSubjectBefore(tokens: readonly Token[], end: number, floor: number): TokenRange | undefined {
  if (end - 1 < floor) return undefined
  // "the mother of two said": a count after "of" may end the subject; "the two said": so may one after "the".
  const count = (tokens[end - 2]?.lower === 'of' || tokens[end - 2]?.lower === 'the') && (counts.has(tokens[end - 1]!.lower) || /^\d+$/.test(tokens[end - 1]!.text))
  if (!count && (!isInner(tokens, end - 1) || prepositionsSet.has(tokens[end - 1]!.lower) || determinersSet.has(tokens[end - 1]!.lower))) return undefined
  let first = end - 1
  let hops = 0
  while (first > floor && end - first <= reach) {
    const before = tokens[first - 1]!
    if (openers.has(before.lower)) {
      const opener = first - 1
      const previous = tokens[opener - 1]
      // "the organizer of a rally": the phrase reaches over one "of" to the noun it qualifies.
      if (previous?.lower === 'of' && hops === 0 && opener - 1 > floor && isInner(tokens, opener - 2)) {
        first = opener - 1
        hops++
        continue
      }
      const opens = opener === floor || !previous || !previous.word
      const boundary = opens || (!before.capital && clausesSet.has(previous.lower))
      return boundary ? {first: opener, last: end} : undefined
    }
    if (before.lower === 'of' && !before.capital && hops === 0 && first - 1 > floor) {
      first--
      hops++
      continue
    }
    if (!isInner(tokens, first - 1)) return undefined
    first--
  }
  return undefined
}
