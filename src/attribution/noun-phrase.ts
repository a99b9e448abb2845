import type {Token} from './tokenize.js'
import {cueAt} from './cue-words.js'
import {bare, clausesSet, determinersSet, documentsSet, groupsSet, honorificsSet, modifiersSet, organizationNounsSet, particle, prepositionsSet, pronounsSet, quantifiersSet, timesSet, titlesSet} from './word-sets.js'
import {describedSubjectBefore} from './described-subject-before.js'
import {ofTheName} from './of-the-name.js'
import {participleTail} from './participle-tail.js'
import {objectPronouns as objectPronounList, partitivePrepositions, phraseAdjectives as phraseAdjectiveList} from '../lexicon/speaker-phrase-words.js'
import {descriptionHeads as descriptionHeadList} from '../lexicon/speaker-titles.js'

/** A run of tokens `[first, last)`. */
export interface TokenRange {
  readonly first: number
  readonly last: number
}

const maxLength = 14
/** Prepositions after a quantifier that name the whole it is part of: "some in the community", "many among the staff". */
const partitive = new Set(partitivePrepositions)
const objectPronouns = new Set(objectPronounList)
/** Adjectives that take a prepositional phrase inside a group's name: "sources familiar with the talks". */
const phraseAdjectives = new Set(phraseAdjectiveList)
/** Lower-case heads of an unnamed speaker's description ("campaign source"); no title before a name. */
const descriptionHeads = new Set(descriptionHeadList)

/** Whether a lower-case word is a noun that heads a speaker's phrase: a title, a description head, a group, an organisation or a document. */
function isKnownNoun(lower: string): boolean {
  return titlesSet.has(lower) || descriptionHeads.has(lower) || groupsSet.has(lower) || organizationNounsSet.has(lower) || documentsSet.has(lower)
}

/** Whether a token can end a speaker's noun phrase: a name, a known noun or a plural. */
function isHead(token: Token): boolean {
  if (!token.word) return token.text === ')'
  const lower = bare(token.lower)
  if (token.capital || pronounsSet.has(lower)) return true
  if (isKnownNoun(lower)) return true
  return lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('ly') && lower.length > 3
}

/** Whether a token can be part of a speaker's noun phrase. */
function isPhraseWord(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!
  if (token.text === '(' || token.text === ')') return true
  // "40% of voters": a percent sign written onto its number is a word of the phrase.
  if (token.text === '%') return /^\d/.test(tokens[index - 1]?.text ?? '') && tokens[index - 1]!.end === token.start
  if (!token.word) return false
  const lower = token.lower
  if (clausesSet.has(lower) || objectPronouns.has(lower)) return false
  if (pronounsSet.has(lower)) return false
  if (cueAt(tokens, index)) return false
  if (!token.capital && (lower === 'to' || lower === 'not' || lower === 'is' || lower === 'was' || lower === 'were' || lower === 'are' || lower === 'has' || lower === 'have' || lower === 'had')) return false
  return true
}

/**
 * The noun phrase that ends just before `end`, reaching back no further than
 * `floor`: the subject of a cue verb (`U.S. officials in the past` →
 * `U.S. officials`). A lone pronoun is a phrase by itself.
 *
 * @example
 *   // tokens of "Taliban spokesperson Mohammad Naeem said"
 *   phraseBefore(tokens, 4, 0) // {first: 0, last: 4}
 */
export function phraseBefore(tokens: readonly Token[], end: number, floor: number): TokenRange | undefined {
  const last = end - 1
  if (last < floor) return undefined
  const token = tokens[last]!
  if (token.word && pronounsSet.has(token.lower)) return {first: last, last: end}
  if (!isHead(token)) {
    // "officials in the past have said": the phrase ends before the prepositional phrase.
    for (let index = last - 1; index > floor && index >= last - 3; index--) {
      const candidate = tokens[index]!
      // "supporters of reform said": a group's "of" phrase too.
      if (!candidate.capital && (candidate.lower === 'of' ? groupsSet.has(tokens[index - 1]!.lower) : prepositionsSet.has(candidate.lower)) && isHead(tokens[index - 1]!)) {
        // "some in the community say": a quantifier is part of the group its phrase names.
        if (quantifiersSet.has(tokens[index - 1]!.lower) && partitive.has(candidate.lower) && (index - 1 === floor || !tokens[index - 2]!.word || clausesSet.has(tokens[index - 2]!.lower) || modifiersSet.has(tokens[index - 2]!.lower))) return {first: index - 1, last: end}
        return phraseBefore(tokens, index, floor)
      }
      // "people briefed on the talks said": a group described by what it knows.
      if (!candidate.capital && prepositionsSet.has(candidate.lower) && phraseAdjectives.has(tokens[index - 1]!.lower) && index - 1 > floor && isHead(tokens[index - 2]!)) {
        const group = phraseBefore(tokens, index - 1, floor)
        return group && {first: group.first, last: end}
      }
    }
    const described = describedSubjectBefore(tokens, end, floor)
    // "A study published last week found": the document, not its date.
    return described && {first: described.first, last: participleTail(tokens, described.first, described.last)}
  }
  let first = end
  for (;;) {
    while (first > floor && end - first < maxLength && isPhraseWord(tokens, first - 1)) {
      first--
      if (determinersSet.has(tokens[first]!.lower) && !tokens[first]!.capital) break
      if (tokens[first]!.lower === 'the' || tokens[first]!.lower === 'a' || tokens[first]!.lower === 'an') break
    }
    // "the Ministry of the Interior said": the walk crosses a "the" inside a name.
    if (first - 2 >= floor && end - first < maxLength && ofTheName(tokens, first)) {
      first -= 2
      continue
    }
    // "U.S. officials in the past": reach over a prepositional phrase to its noun.
    const before = tokens[first - 1]
    if (before && first - 1 > floor && !before.capital && prepositionsSet.has(before.lower) && before.lower !== 'of' && isPhraseWord(tokens, first - 2) && isHead(tokens[first - 2]!) && end - first < maxLength) {
      first -= 2
      continue
    }
    if (before && first - 2 > floor && prepositionsSet.has(before.lower) && phraseAdjectives.has(tokens[first - 2]!.lower) && isHead(tokens[first - 3]!)) {
      first -= 3
      continue
    }
    // "Opponents of the plan say": the group heads the phrase, whatever noun its "of" phrase ends in.
    if (before && first - 1 > floor && before.lower === 'of' && !before.capital && groupsSet.has(tokens[first - 2]!.lower) && !quantifiersSet.has(tokens[first - 2]!.lower) && isHead(tokens[first - 2]!)) return phraseBefore(tokens, first - 1, floor)
    break
  }
  if (first === end) return undefined
  first = wholeNumberStart(tokens, first, floor)
  // The phrase must start where a phrase can: a boundary, a determiner or a capitalised word.
  const lead = tokens[first]!
  const before = tokens[first - 1]
  const boundary = first === floor || !before || !before.word || clausesSet.has(before.lower) || prepositionsSet.has(before.lower) || cueAt(tokens, first - 1) !== undefined
  if (!boundary && !lead.capital && !determinersSet.has(lead.lower) && !isHead(lead)) return undefined
  return trimPhrase(tokens, first, end)
}

/**
 * `10,000 supporters`: a number written with thousands separators is one
 * word, so a phrase that starts inside it starts at its first digits.
 */
function wholeNumberStart(tokens: readonly Token[], first: number, floor: number): number {
  while (first - 2 >= floor && /^\d+$/.test(tokens[first]!.text) && tokens[first - 1]!.text === ',' && tokens[first - 1]!.end === tokens[first]!.start && /^\d+$/.test(tokens[first - 2]!.text) && tokens[first - 2]!.end === tokens[first - 1]!.start) first -= 2
  return first
}

/**
 * The noun phrase that starts at `start`, ending no later than `ceil`: the
 * speaker after an inverted cue (`said Subhan Mesbah, …`) or a sentence's subject.
 *
 * @example
 *   // tokens of "Subhan Mesbah told VOA"
 *   phraseAfter(tokens, 0, 4) // {first: 0, last: 2}
 */
export function phraseAfter(tokens: readonly Token[], start: number, ceil: number): TokenRange | undefined {
  const token = tokens[start]
  if (!token || start >= ceil || (prepositionsSet.has(token.lower) && !token.capital)) return undefined
  if (token.word && pronounsSet.has(token.lower)) return {first: start, last: start + 1}
  let last = start
  if (determinersSet.has(token.lower)) last++
  while (last < ceil && last - start < maxLength && (isPhraseWord(tokens, last) || isNounPairJoin(tokens, start, last, ceil))) {
    const word = tokens[last]!
    const lower = bare(word.lower)
    const known = word.capital || particle.test(word.text) || word.text === '(' || word.text === ')' || isKnownNoun(lower)
    if (!known) {
      // A lower-case word joins only between capitalised words ("Secretary of State", "Abd al-Ra’uf").
      if (!(lower === 'of' || lower === 'for' || lower === 'and' || lower === '&') || !tokens[last + 1]?.capital || last === start) {
        const named = tokens.slice(start, last).some((entry) => entry.capital && !determinersSet.has(entry.lower))
        if ((named && !isRoleBeforeName(tokens, last, ceil)) || !isAdjectiveBeforeNoun(tokens, last, ceil)) break
      }
    }
    last++
  }
  if (last > start && isHead(tokens[last - 1]!)) last = describedGroupEnd(tokens, last, ceil)
  if (last === start || (last === start + 1 && determinersSet.has(token.lower))) return undefined
  return trimPhrase(tokens, start, last)
}

/**
 * Where a group described by what it knows ends: `sources familiar with the talks`,
 * `people close to the club`: an adjective, a preposition, an optional determiner and
 * up to three words, stopping at a clause word (`who`), a comma or a cue.
 * Returns `last` unchanged when no such description follows.
 */
function describedGroupEnd(tokens: readonly Token[], last: number, ceil: number): number {
  if (!phraseAdjectives.has(tokens[last]?.lower ?? '') || !prepositionsSet.has(tokens[last + 1]?.lower ?? '')) return last
  let end = last + 2
  if (determinersSet.has(tokens[end]?.lower ?? '')) end++
  const from = end
  while (end < ceil && end - from < 3) {
    const word = tokens[end]!
    if (!word.word || clausesSet.has(word.lower) || prepositionsSet.has(word.lower) || cueAt(tokens, end) !== undefined) break
    end++
  }
  return end > from ? end : last
}

/** "Harbour Rail freight executive Ana Pereira": lower-case words at `index` leading to a title and then a name. */
function isRoleBeforeName(tokens: readonly Token[], index: number, ceil: number): boolean {
  for (let next = index; next < ceil && next <= index + 3; next++) {
    const token = tokens[next]!
    if (!token.word || token.capital) return false
    if (titlesSet.has(bare(token.lower))) return tokens[next + 1]?.capital === true && tokens[next + 1]!.word
  }
  return false
}

/** "steel and glass worker Ana Pereira": a lower-case "and" between two nouns that lead to a known head. */
function isNounPairJoin(tokens: readonly Token[], start: number, index: number, ceil: number): boolean {
  const token = tokens[index]!
  const before = tokens[index - 1]
  const after = tokens[index + 1]
  if (token.lower !== 'and' || token.capital || index === start || !before?.word || before.capital || !after?.word || after.capital) return false
  return isAdjectiveBeforeNoun(tokens, index + 1, ceil)
}

/** A lower-case word followed by a known head noun: "deputy head", "local police". */
function isAdjectiveBeforeNoun(tokens: readonly Token[], index: number, ceil: number): boolean {
  const lower = tokens[index]!.lower
  if (prepositionsSet.has(lower) || determinersSet.has(lower)) return false
  // "steel and glass worker": a pair of nouns joined by "and" before the head.
  const reach = tokens[index + 1]?.lower === 'and' ? 3 : 2
  for (let next = index + 1; next < ceil && next <= index + reach; next++) {
    const lower = bare(tokens[next]!.lower)
    if (!tokens[next]!.word) return false
    // "former Gov. Ann Lee": an abbreviated title is a head too.
    if (isKnownNoun(lower) || honorificsSet.has(lower)) return true
  }
  return false
}

/**
 * Trim a phrase: drop a leading prepositional or time phrase (`On Tuesday police`),
 * cut a trailing one (`officials in the past`), drop unbalanced parentheses.
 */
export function trimPhrase(tokens: readonly Token[], first: number, last: number): TokenRange | undefined {
  // Leading "On Tuesday", "In September", "Last week".
  while (first < last - 1 && prepositionsSet.has(tokens[first]!.lower) && tokens[first]!.lower !== 'of') {
    let next = first + 1
    while (next < last - 1 && (timesSet.has(bare(tokens[next]!.lower)) || /^\d/.test(tokens[next]!.text) || determinersSet.has(tokens[next]!.lower))) next++
    if (next === first + 1) break
    // "About 40% of voters", "About 56 percent of voters": the number is the phrase's, only "About" goes.
    if (tokens[next]!.text === '%' || tokens[next]!.lower === 'percent') {
      if (/^\d/.test(tokens[next - 1]!.text)) first = next - 1
      break
    }
    first = next
  }
  // "A report released Monday": the document, not its date.
  last = participleTail(tokens, first, last)
  // A trailing phrase: a preposition other than "of" before lower-case words or a time.
  for (let index = first + 1; index < last; index++) {
    const token = tokens[index]!
    if (token.capital || !prepositionsSet.has(token.lower) || token.lower === 'of') continue
    if (phraseAdjectives.has(tokens[index - 1]!.lower)) continue
    if (index - 1 === first && quantifiersSet.has(tokens[first]!.lower) && partitive.has(token.lower)) continue
    const next = tokens[index + 1]
    if (!next || !next.capital || timesSet.has(bare(next.lower)) || (token.lower !== 'for' && token.lower !== 'to')) {
      last = index
      break
    }
  }
  while (last > first && tokens[last - 1]!.text === '(') last--
  while (first < last && (tokens[first]!.text === ')' || tokens[first]!.text === '(')) first++
  let open = 0
  for (let index = first; index < last; index++) {
    if (tokens[index]!.text === '(') open++
    else if (tokens[index]!.text === ')') open--
  }
  if (open > 0) {
    let index = last - 1
    while (index > first && tokens[index]!.text !== '(') index--
    last = index
  }
  return last > first ? {first, last} : undefined
}
