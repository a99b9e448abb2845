import type {SpeakerKind} from '../types.js'
import type {TokenRange} from './noun-phrase.js'
import {documentIssuer} from './find-document-issuer.js'
import {isSentenceCapital} from './is-sentence-capital.js'
import {nameBeforeOf} from './name-before-of.js'
import {titleBeforeEmployer} from './title-before-employer.js'
import type {Token} from './tokenize.js'
import {anonymousSet, bare, complementsSet, determinersSet, documentsSet, documentTitlesSet, femalePronounsSet, femaleSet, groupsSet, honorificsSet, isNamePart, malePronounsSet, maleSet, organizationNounsSet, organizationSet, particle, partyMembersSet, prepositionsSet, pronounsSet, timesSet, titlesSet} from './word-sets.js'
import {articlesAndPossessives, countWords, definiteDeterminers, nameConnectors} from '../lexicon/speaker-phrase-words.js'

const definites = new Set(definiteDeterminers)
const nonQuantifiers = new Set(articlesAndPossessives)
const connectors = new Set(nameConnectors)
/** "The two said": a count heads a group. */
const counts = new Set(countWords)

/** What a speaker phrase says about its speaker, before coreference. */
export interface MentionInfo {
  /** `pronoun` for he/she/it/they; otherwise the kind of source. */
  readonly kind: SpeakerKind | 'pronoun'
  /** The name as written, without a determiner or a possessive lead (`White House`). */
  readonly name: string
  /** The lower-case head word (`report`, `spokesperson`, `Siddiqqui`). */
  readonly head: string
  /** Words before a person's name (`Taliban spokesperson`). */
  readonly role?: string
  /** An acronym given in parentheses (`NDS`). */
  readonly acronym?: string
  /** Whether the phrase opens with "the" (or "this", "that"). */
  readonly definite: boolean
  /** Whether the phrase is a proper name (capitalised) rather than a common noun. */
  readonly proper: boolean
  /** A gender the words give away (`Mrs.`, `spokeswoman`, `she`). */
  readonly gender?: 'female' | 'male'
  /** For a document, who issued it when the words around it say so (`a report by the agency`). */
  readonly issuer?: MentionInfo
  /** For people named together (`Lee and Ortiz`), each of them. */
  readonly parts?: readonly MentionInfo[]
}

const acronym = /^\p{Lu}[\p{Lu}\d&.-]+$/u
const possessive = /['’]s?$/

/**
 * Read a speaker phrase: pronoun, person (name with any title before it),
 * organisation, group, or document.
 *
 * @example
 *   // "U.S. special envoy Zalmay Khalilzad"
 *   classifyMention(text, tokens, range) // {kind: 'person', name: 'Zalmay Khalilzad', role: 'U.S. special envoy', …}
 */
export function classifyMention(text: string, tokens: readonly Token[], range: TokenRange): MentionInfo {
  const pair = namedPair(text, tokens, range)
  if (pair) return pair
  const titled = titledDocument(tokens, range)
  const info = titled === undefined ? readMention(text, tokens, range) : {...readMention(text, tokens, {first: range.first, last: titled + 1}), name: nameOf(text, tokens, range)}
  if (info.kind !== 'document') return info
  const head = titled ?? lastWord(tokens, range)
  const issuerWords = head === undefined ? undefined : documentIssuer(tokens, range, head)
  const issuer = issuerWords && readMention(text, tokens, issuerWords)
  return issuer && (issuer.kind === 'organization' || issuer.kind === 'person' || issuer.kind === 'group') ? {...info, issuer} : info
}

/** `Lee and Ortiz`, `Both Ann Lee and Tom Ortiz`: two people named together, as one group with both as parts. */
function namedPair(text: string, tokens: readonly Token[], range: TokenRange): MentionInfo | undefined {
  let first = range.first
  if (determinersSet.has(tokens[first]!.lower)) first++
  let join = -1
  for (let index = first + 1; index < range.last - 1; index++) {
    const token = tokens[index]!
    if (token.lower === 'and' && !token.capital) join = index
    else if (!isNamePart(token)) return undefined
  }
  if (join === -1) return undefined
  const left = readMention(text, tokens, {first, last: join})
  const right = readMention(text, tokens, {first: join + 1, last: range.last})
  if (left.kind !== 'person' || right.kind !== 'person' || left.role || right.role) return undefined
  return {kind: 'group', name: `${left.name} and ${right.name}`, head: right.head, definite: false, proper: true, parts: [left, right]}
}

/** `a document titled Winter Operations`: the index of the document noun that a title follows, or `undefined`. */
function titledDocument(tokens: readonly Token[], range: TokenRange): number | undefined {
  for (let index = range.first; index < range.last - 2; index++) {
    if (documentsSet.has(bare(tokens[index]!.lower)) && documentTitlesSet.has(tokens[index + 1]!.lower)) return index
  }
  return undefined
}

/** The index of the last word of a range. */
function lastWord(tokens: readonly Token[], range: TokenRange): number | undefined {
  for (let index = range.last - 1; index >= range.first; index--) if (tokens[index]!.word) return index
  return undefined
}

/** A range's words without a leading determiner. */
function nameOf(text: string, tokens: readonly Token[], range: TokenRange): string {
  const first = determinersSet.has(tokens[range.first]!.lower) && range.last - range.first > 1 ? range.first + 1 : range.first
  return text.slice(tokens[first]!.start, tokens[range.last - 1]!.end)
}

/** {@link classifyMention} without looking for a document's issuer. */
function readMention(text: string, tokens: readonly Token[], range: TokenRange): MentionInfo {
  let {first, last} = range
  const lead = tokens[first]!
  if (last - first === 1 && pronounsSet.has(lead.lower)) {
    const gender = femalePronounsSet.has(lead.lower) ? 'female' : malePronounsSet.has(lead.lower) ? 'male' : undefined
    return {kind: 'pronoun', name: lead.text, head: lead.lower, definite: true, proper: false, ...(gender ? {gender} : {})}
  }

  let found: string | undefined
  if (tokens[last - 1]?.text === ')' && tokens[last - 3]?.text === '(' && acronym.test(tokens[last - 2]!.text)) {
    found = tokens[last - 2]!.text
    last -= 3
  }
  const definite = definites.has(lead.lower)
  const quantifier = determinersSet.has(lead.lower) && !definite && !nonQuantifiers.has(lead.lower)
  if (determinersSet.has(lead.lower) && last - first > 1) first++
  // "The country’s National Directorate …": drop a possessive before a capitalised name.
  for (let index = last - 2; index >= first; index--) {
    if (possessive.test(tokens[index]!.text) && tokens[index + 1]!.capital && !tokens[index]!.capital) {
      first = index + 1
      break
    }
  }
  if (last <= first) last = first + 1

  let gender: 'female' | 'male' | undefined
  for (let index = first; index < last; index++) {
    const lower = bare(tokens[index]!.lower)
    if (femaleSet.has(lower)) gender = 'female'
    else if (maleSet.has(lower)) gender = 'male'
  }

  // "a lawyer for Tom Ruiz": a person described, not the one named.
  const title = titleBeforeEmployer(tokens, first, last)
  if (title !== undefined) return {kind: 'person', name: text.slice(tokens[first]!.start, tokens[last - 1]!.end), head: bare(tokens[title]!.lower), definite, proper: false, ...(gender ? {gender} : {})}
  // "Ann Lee of Oregon": the name before the place.
  const of = nameBeforeOf(tokens, first, last)
  if (of !== undefined) return readMention(text, tokens, {first: range.first, last: of})

  // The name: capitalised words at the end, back to a title or a lower-case word.
  let nameStart = last
  while (nameStart > first) {
    const token = tokens[nameStart - 1]!
    const lower = bare(token.lower)
    const capital = token.capital || particle.test(token.text)
    if (!capital) break
    if (honorificsSet.has(lower) || titlesSet.has(lower) || partyMembersSet.has(lower) || timesSet.has(lower) || timesSet.has(token.lower)) break
    if (complementsSet.has(lower) && (tokens[nameStart - 2]?.lower === 'of' || (tokens[nameStart - 2]?.lower === 'the' && tokens[nameStart - 3]?.lower === 'of')) && nameStart < last) break
    nameStart--
  }
  // "Officials said": a group noun capitalised only because it opens the sentence is no name.
  if (nameStart === first && last - first === 1 && isSentenceCapital(tokens, first)) nameStart = last
  const slice = (from: number, to: number) => text.slice(tokens[from]!.start, tokens[to - 1]!.end)
  // "sources familiar with the talks": the head stands before what the group knows.
  let headIndex = last - 1
  for (let index = first + 1; index < last - 1; index++) {
    if (anonymousSet.has(tokens[index]!.lower) && prepositionsSet.has(tokens[index + 1]!.lower)) {
      headIndex = index - 1
      break
    }
  }
  // "the organiser of the march": a described person's title stands before "of".
  if (nameStart === last) {
    for (let index = first + 1; index < last - 1; index++) {
      if (tokens[index]!.lower === 'of' && !tokens[index]!.capital && titlesSet.has(bare(tokens[index - 1]!.lower))) {
        headIndex = index - 1
        break
      }
    }
  }
  const headToken = tokens[headIndex]!
  const head = bare(headToken.lower).replace(possessive, '')
  const extra = {...(found ? {acronym: found} : {}), ...(gender ? {gender} : {})}

  // "the Ohio Democrat": a party member described, a person named before.
  if (partyMembersSet.has(head) && last - first <= 3) {
    return {kind: 'person', name: slice(first, last), head, definite, proper: false, ...extra}
  }
  if (nameStart === last) {
    // A common noun phrase: "the Afghan government", "a spokesperson", "U.N. report".
    // "the city’s" before the document it issued: the city.
    const named = (quantifier ? slice(range.first, last) : slice(first, last)).replace(possessive, '')
    const kind: SpeakerKind = documentsSet.has(head)
      ? 'document'
      : titlesSet.has(head)
        ? 'person'
        : organizationNounsSet.has(head)
          ? 'organization'
          : groupsSet.has(head) || head.endsWith('s') || quantifier || counts.has(head)
            ? 'group'
            : 'unknown'
    return {kind, name: named, head, definite, proper: false, ...extra}
  }

  // "Some Liberals", "Many Harbour Trust tenants": a quantifier makes the name a group's.
  if (quantifier) return {kind: 'group', name: slice(range.first, last), head, definite, proper: false, ...extra}
  const nameTokens = tokens.slice(nameStart, last)
  const capitalsBefore = nameStart > first && tokens.slice(first, nameStart).every((token) => token.capital || connectors.has(token.lower))
  // "City of Kelmar": the capitalised words before the name count too.
  const organization =
    (capitalsBefore && !tokens.slice(first, nameStart).some((token) => titlesSet.has(bare(token.lower))) ? tokens.slice(first, last) : nameTokens).some((token) => organizationSet.has(bare(token.lower.replace(possessive, '')))) ||
    (nameTokens.length === 1 && acronym.test(nameTokens[0]!.text) && nameTokens[0]!.text.replace(/\./g, '').length > 1) ||
    (definite && !tokens.slice(first, nameStart).some((token) => titlesSet.has(bare(token.lower)))) ||
    Boolean(found)
  if (organization) {
    const start = capitalsBefore ? first : nameStart
    const descriptor = start > first ? slice(first, start) : undefined
    return {kind: 'organization', name: slice(start, last).replace(possessive, ''), head, definite, proper: true, ...(descriptor ? {role: descriptor} : {}), ...extra}
  }
  const role = nameStart > first ? slice(first, nameStart) : undefined
  return {kind: 'person', name: slice(nameStart, last).replace(possessive, ''), head, definite, proper: true, ...(role ? {role} : {}), ...extra}
}
