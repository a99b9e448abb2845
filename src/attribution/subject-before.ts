import type {TokenRange} from './noun-phrase.js'
import type {Token} from './tokenize.js'
import {cueAt} from './cue-words.js'
import {words} from './word-sets.js'
import {auxiliaries} from '../lexicon/auxiliaries.js'
import {modalAdverbs, modals} from '../lexicon/modals.js'
import {describedSubjectDeterminers, objectPronouns, phraseAdjectives} from '../lexicon/speaker-phrase-words.js'

const openers = new Set(describedSubjectDeterminers)
const adjectives = new Set(phraseAdjectives)
/** Words that are never part of a subject: auxiliaries, modals, adverbs before a verb, object pronouns. */
const excluded = new Set([...auxiliaries, ...modals, ...modalAdverbs, ...objectPronouns])
/** How many tokens a subject may hold (`A person familiar with the planning for the meeting`). */
const reach = 12

/**
 * A subject whatever noun heads it, right before `end` (the cue): `The GOP
 * speechwriter said`, `Several supporters of reform said`, `Nearly a third
 * say`, `After the vote, the family said`. Its words run back from the cue to
 * the clause's start (the sentence's start at `floor`, a comma or a clause
 * word); none may be an auxiliary, modal, pronoun or cue, and "and"
 * joins only a capitalised word (`White House and Pentagon spokesmen`). At the
 * sentence's start the subject opens with a determiner, a number, an adverb
 * before one (`Nearly a third`, `Fully 42%`) or a capitalised word that a
 * capitalised word, a preposition or an adjective like "familiar" follows
 * (`People with direct knowledge of the talks`, `People familiar with the
 * matter`; not `Nobody read`); after a comma or clause word, with a
 * lower-case determiner (`…, the family said`), so that `liked the plan the
 * mayor said` never reads as one.
 *
 * @param tokens - The sentence's tokens.
 * @param end - Index of the cue's first token.
 * @param floor - First token the subject may use.
 *
 * @example
 *   const tokens = tokenize('Several supporters of reform said it is time.')
 *   subjectBefore(tokens, 4, 0) // {first: 0, last: 4}
 */
export function subjectBefore(tokens: readonly Token[], end: number, floor: number): TokenRange | undefined {
  const last = tokens[end - 1]!
  if (end - 1 < floor || (!last.word && last.text !== '%') || words.prepositions.has(last.lower) || words.determiners.has(last.lower)) return undefined
  let first = end
  while (first > floor) {
    const token = tokens[first - 1]!
    const lower = token.lower
    if (!token.word ? token.text !== '%' && token.text !== '-' && token.text !== '’' && token.text !== "'" : words.clauses.has(lower) && !(lower === 'and' && tokens[first]!.capital) && !(first - 1 === floor && words.determiners.has(lower))) break
    if (end - first >= reach || (token.word && !openers.has(lower) && (excluded.has(lower) || words.pronouns.has(lower) || /n['’]t$/.test(lower) || cueAt(tokens, first - 1)))) return undefined
    // "People with knowledge of", "a person familiar with": a preposition other than "of" follows a name, a plural or such an adjective (not `the awesome in the end`).
    const before = tokens[first - 2]?.lower ?? ''
    if (lower !== 'of' && words.prepositions.has(lower) && !(tokens[first - 2]?.capital || /s$/.test(before) || adjectives.has(before))) return undefined
    first--
  }
  const lead = tokens[first]!
  if (first > floor) return openers.has(lead.lower) && !lead.capital ? {first, last: end} : undefined
  if (words.prepositions.has(lead.lower)) return undefined
  const next = tokens[first + 1]!
  const opens = words.determiners.has(lead.lower) || /^\d/.test(lead.text) || (lead.lower.endsWith('ly') ? words.determiners.has(next.lower) || /^\d/.test(next.text) : next.capital || next === last || words.prepositions.has(next.lower) || adjectives.has(next.lower))
  return opens ? {first, last: end} : undefined
}
