import {phraseAfter, type TokenRange} from '../attribution/noun-phrase.js'
import type {SpeakerReading} from '../attribution/read-speaker.js'
import type {Token} from '../attribution/tokenize.js'
import {clausesSet, determinersSet, modifiersSet, prepositionsSet, timesSet} from '../attribution/word-sets.js'

/**
 * Whether a sentence's opening phrase can name who the sentence is about: not
 * a capitalised lead-in ("In its season", "Having …", "Some") and not a
 * possessive that only qualifies the subject ("Okafor’s last term").
 */
export function isSubjectName(tokens: readonly Token[], range: TokenRange, lowerWords: ReadonlySet<string>): boolean {
  const lead = tokens[range.first]!
  const lower = lead.lower
  if (prepositionsSet.has(lower) || clausesSet.has(lower) || modifiersSet.has(lower)) return false
  // "Lighthouse keeper retires", "Having …": a lone capitalised word the article also writes in lower case.
  if (range.last - range.first === 1 && (determinersSet.has(lower) || lowerWords.has(lower))) return false
  return !/['’]s?$/.test(tokens[range.last - 1]!.text)
}

/** Skip a dateline that opens a sentence: "PORTVIK, May 2 (Gazette) — Edda Nyberg …" reads from "Edda". */
export function skipDateline(tokens: readonly Token[], first: number, ceil: number): number {
  const lead = tokens[first]
  if (!lead || !lead.word || lead.text.length < 2 || lead.text !== lead.text.toUpperCase()) return first
  for (let index = first + 1; index < Math.min(ceil, first + 12); index++) {
    const text = tokens[index]!.text
    if (text === '—' || text === '–' || text === '--' || text === '-') return index + 1
  }
  return first
}

/** How many tokens a leading adverbial may hold before its comma (`In a victory speech in Westchester County on Tuesday night,`). */
const adverbialReach = 16

/**
 * Skip a leading "In September," or "However," before a sentence's subject,
 * or, with no comma, a preposition and the time words after it ("On Sunday
 * morning Lee wrote …").
 */
export function skipLeadingAdverbial(tokens: readonly Token[], first: number, ceil: number): number {
  const token = tokens[first]
  if (!token) return first
  if (prepositionsSet.has(token.lower) || modifiersSet.has(token.lower) || clausesSet.has(token.lower) || timesSet.has(token.lower)) {
    // The comma must leave words before `ceil` (`…, writing on Twitter` is the participle's own comma).
    for (let index = first; index < Math.min(ceil - 1, first + adverbialReach); index++) {
      if (tokens[index]!.text === ',') return index + 1
    }
    let index = first + 1
    while (prepositionsSet.has(token.lower) && index < ceil && timesSet.has(tokens[index]!.lower)) index++
    if (index > first + 1) return index
  }
  return first
}

/** The subject at a sentence's start, as the speaker of a gerund cue (`…, saying`). */
export function subjectReading(tokens: readonly Token[], first: number, ceil: number): SpeakerReading | undefined {
  const mention = phraseAfter(tokens, skipLeadingAdverbial(tokens, skipDateline(tokens, first, ceil), ceil), ceil)
  return mention ? {mention} : undefined
}
