import {phraseAfter, type TokenRange} from './noun-phrase.js'
import type {Token} from './tokenize.js'
import {clausesSet, determinersSet, modifiersSet, prepositionsSet, timesSet} from './word-sets.js'
import {coordinators as coordinatorList, topicLeads as topicLeadList} from '../lexicon/speaker-phrase-words.js'

/** How far into a sentence an opening phrase or clause may run before the subject. */
const leadReach = 40
/** Openings that make a named person the sentence's topic: "For Ann Lee, Monday is the day she dreads." */
const topicLeads = new Set(topicLeadList)
const coordinators = new Set(coordinatorList)

/**
 * Who a sentence without a cue is about, for pronouns later on: its subject
 * after any opening phrase or clause ("When asked about it, Lee
 * laughed" → `Lee`), or the person an opening "For …," names ("For Ann Lee,
 * the day came at last" → `Ann Lee`; "For the Harbour Trust, …" → `the
 * Harbour Trust`). A sentence that opens with a
 * parenthesis (a photo credit, an aside) is about no one. `first` is the
 * sentence's first token (after any dateline), `ceil` the token after its end.
 *
 * @example
 *   // tokens of "When asked, Ann Lee smiled."
 *   sentenceTopic(tokens, 0, 6) // {first: 3, last: 5}
 */
export function sentenceTopic(tokens: readonly Token[], first: number, ceil: number): TokenRange | undefined {
  const lead = tokens[first]
  if (!lead || lead.text === '(' || lead.text === '[') return undefined
  const participle = isParticiple(lead)
  if (!isOpening(lead) && !participle) return appositiveName(tokens, phraseAfter(tokens, first, ceil), ceil)
  const end = Math.min(ceil, first + leadReach)
  if (topicLeads.has(lead.lower)) {
    // "For the Harbour Trust, …": a name after "the" is as much the topic.
    const named = phraseAfter(tokens, first + 1, end)
    const nameStart = named && tokens[named.first]!.lower === 'the' && named.last - named.first > 1 ? named.first + 1 : named?.first
    if (named && tokens[named.last]?.text === ',' && tokens[nameStart!]!.capital) return named
  }
  // The subject follows one of the opening's commas: the first that a capitalised phrase and then a lower-case word follow.
  let fallback: TokenRange | undefined
  for (let index = first + 1; index < end; index++) {
    if (tokens[index]!.text !== ',') continue
    const subject = phraseAfter(tokens, index + 1, ceil)
    fallback ??= subject
    if (!subject) continue
    const next = tokens[subject.last]
    if (tokens[subject.first]!.capital && next?.word && !next.capital) return subject
  }
  // A capitalised word ending in -ing or -ed with no comma after it is a name after all ("Fielding left").
  return fallback ?? (participle ? phraseAfter(tokens, first, ceil) : undefined)
}

/**
 * "Lee’s mother, Ada Lee, is …": the name in an appositive after a described
 * subject; "A former teacher, Ada Lee runs …": the name a fronted description
 * stands before; else the subject.
 */
function appositiveName(tokens: readonly Token[], subject: TokenRange | undefined, ceil: number): TokenRange | undefined {
  if (!subject || tokens[subject.last]?.text !== ',' || tokens[subject.first]!.capital && !determinersSet.has(tokens[subject.first]!.lower) && !/['’]s?$/.test(tokens[subject.first]!.text)) return subject
  const name = phraseAfter(tokens, subject.last + 1, ceil)
  if (name && tokens[name.last]?.text === ',' && name.last - name.first >= 2 && name.last - name.first <= 4 && allCapitalised(tokens, name)) return name
  return frontedName(tokens, subject.last, Math.min(ceil, subject.first + leadReach)) ?? subject
}

/** After the comma at `comma`, the first capitalised name that a lower-case verb follows ("…, sent on Monday, Ada Lee shared …"). */
function frontedName(tokens: readonly Token[], comma: number, end: number): TokenRange | undefined {
  for (let index = comma; index < end; index++) {
    if (tokens[index]!.text !== ',') continue
    const name = phraseAfter(tokens, index + 1, end)
    if (!name || !allCapitalised(tokens, name)) continue
    const next = tokens[name.last]
    if (next?.word && !next.capital && !clausesSet.has(next.lower) && !coordinators.has(next.lower)) return name
  }
  return undefined
}

function allCapitalised(tokens: readonly Token[], range: TokenRange): boolean {
  for (let index = range.first; index < range.last; index++) if (!tokens[index]!.capital) return false
  return true
}

/** Whether a sentence's first word reads as a participle opening it ("Having moved …,", "Asked about it,"). */
function isParticiple(token: Token): boolean {
  return token.word && token.lower.length > 4 && /(?:ing|ed)$/.test(token.lower)
}

/** Whether a sentence opens with a phrase or clause before its subject ("In May,", "When asked,", "However,"). */
function isOpening(token: Token): boolean {
  return prepositionsSet.has(token.lower) || modifiersSet.has(token.lower) || clausesSet.has(token.lower) || timesSet.has(token.lower)
}
