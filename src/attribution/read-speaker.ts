import {isAgeAside} from './is-age-aside.js'
import {dashAsideStart} from './dash-aside-start.js'
import {partyTagStart} from './party-tag.js'
import {type Cue, isQuotedAs} from './cue-words.js'
import {phraseAfter, phraseBefore, type TokenRange} from './noun-phrase.js'
import {relativeSubject} from './relative-subject.js'
import {proportionBefore} from './proportion-before.js'
import type {Token} from './tokenize.js'
import {bare, clausesSet, determinersSet, groupsSet, honorificsSet, isNamePart, modifiersSet, organizationSet, prepositionsSet, pronounsSet, timesSet, titlesSet} from './word-sets.js'
import {appositiveConjunctions, articles as articleList, passiveAuxiliaries as passiveAuxiliaryList, relativeOpeners, surveyParticiples} from '../lexicon/speaker-phrase-words.js'

/** The words naming a speaker at a cue, with an appositive role when there is one. */
export interface SpeakerReading {
  /** The speaker phrase (`Siddeq Siddiqqui`, `he`, `the commission`). */
  readonly mention: TokenRange
  /** An appositive role (`a spokesperson for the Afghan government`). */
  readonly role?: TokenRange
  /** For a relative pronoun mention (`voters who say`), the words it stands for (`voters`): they name the speaker. */
  readonly antecedent?: TokenRange
}

const conjunctions = new Set(appositiveConjunctions)
/** Auxiliaries of a passive report frame ("has been quoted as saying"). */
const passiveAuxiliaries = new Set(passiveAuxiliaryList)
const relatives = new Set(relativeOpeners)
const survey = new Set(surveyParticiples)
const articles = new Set(articleList)

/** Whether a comma-separated segment describes someone rather than names them. */
function isRole(tokens: readonly Token[], range: TokenRange): boolean {
  const first = tokens[range.first]!
  if (!first.word) return false
  if (first.lower === 'who' || first.lower === 'which' || first.lower === 'known' || first.lower === 'whose') return false
  if (prepositionsSet.has(first.lower)) return false
  return !first.capital || articles.has(first.lower)
}

/** Whether a segment is a relative or participial aside (`who chaired …`, `known as …`). */
function isRelative(tokens: readonly Token[], range: TokenRange): boolean {
  return relatives.has(tokens[range.first]!.lower)
}

/** Whether a segment is a time or place phrase or an adverb (`In September`, `however`). */
function isAdverbial(tokens: readonly Token[], range: TokenRange): boolean {
  const first = tokens[range.first]!
  if (range.last - range.first === 1 && modifiersSet.has(first.lower)) return true
  return prepositionsSet.has(first.lower) || timesSet.has(first.lower)
}

/** Whether a segment is a bare personal name: two to four capitalised words, no title or organisation word. */
function isPersonName(tokens: readonly Token[], range: TokenRange): boolean {
  const size = range.last - range.first
  if (size < 2 || size > 4) return false
  for (let index = range.first; index < range.last; index++) {
    const token = tokens[index]!
    const lower = bare(token.lower)
    if (!isNamePart(token)) return false
    if (titlesSet.has(lower) || honorificsSet.has(lower) || organizationSet.has(lower) || determinersSet.has(lower) || prepositionsSet.has(lower) || clausesSet.has(lower)) return false
  }
  return true
}

/** Whether a segment describes a person: a lower-case lead (`a spokesperson …`) or a title word (`Northvale MP`). */
function isRoleLike(tokens: readonly Token[], range: TokenRange): boolean {
  if (isRole(tokens, range)) return true
  for (let index = range.first; index < range.last; index++) {
    if (titlesSet.has(bare(tokens[index]!.lower))) return true
  }
  return false
}

/**
 * `Jim Ellis, Northvale MP, said` / `Ann Lee, a nurse based in Dayton,
 * Ohio, and a union steward, said`: the name that opens a chain of
 * appositives, when the segment right after it describes a person. Segments
 * run from the cue backwards.
 */
function nameBeforeRoles(tokens: readonly Token[], segments: readonly TokenRange[]): SpeakerReading | undefined {
  for (let index = segments.length - 1; index >= 1; index--) {
    const segment = segments[index]!
    if (isAdverbial(tokens, segment) || isRelative(tokens, segment) || isAgeAside(tokens, segment)) continue
    if (!isPersonName(tokens, segment)) return undefined
    // "Tom Ruiz, 54, a lawyer, said": the role is the nearest segment after the name that is no age.
    let next = index - 1
    while (next >= 0 && isAgeAside(tokens, segments[next]!)) next--
    if (next < 0) return undefined
    const role = segments[next]!
    return isRoleLike(tokens, role) ? {mention: segment, role} : undefined
  }
  return undefined
}

/** Whether any word of a range but a leading determiner is capitalised (`the Harbour Trust`, not `one passenger`). */
function hasCapital(tokens: readonly Token[], range: TokenRange): boolean {
  for (let index = range.first; index < range.last; index++) {
    const token = tokens[index]!
    if (token.capital && !(index === range.first && determinersSet.has(token.lower))) return true
  }
  return false
}

/** Whether every word of a range is capitalised (a name). */
function isCapitalisedRange(tokens: readonly Token[], range: TokenRange): boolean {
  for (let index = range.first; index < range.last; index++) if (!isNamePart(tokens[index]!)) return false
  return true
}

/** `Lee and Ortiz said`: a name joined to the one before the cue by "and" speaks with it. */
function withPartner(tokens: readonly Token[], mention: TokenRange, floor: number): TokenRange {
  const join = tokens[mention.first - 1]
  if (!join || join.lower !== 'and' || join.capital || mention.first - 1 <= floor || !isCapitalisedRange(tokens, mention)) return mention
  const partner = phraseBefore(tokens, mention.first - 1, floor)
  if (!partner || partner.last !== mention.first - 1) return mention
  const named = determinersSet.has(tokens[partner.first]!.lower) ? {first: partner.first + 1, last: partner.last} : partner
  return named.last > named.first && isCapitalisedRange(tokens, named) ? {first: partner.first, last: mention.last} : mention
}

/**
 * The speaker of a cue whose subject stands before it: `Siddiqqui said`,
 * `Siddeq Siddiqqui, a spokesperson for …, told`, `the chief of staff, Yasin
 * Zia, said`, `Mohammad Naeem refused … but insisted`. `floor` is the first
 * token the speaker may use (the sentence's or the frame's start).
 */
export function speakerBeforeCue(tokens: readonly Token[], cue: Cue, floor: number): SpeakerReading | undefined {
  let end = cue.first
  // "Ortiz was quoted as saying": the subject stands before the passive frame.
  if (isQuotedAs(tokens, cue.first) && end - 2 > floor) {
    end -= 2
    while (end - 1 > floor && passiveAuxiliaries.has(tokens[end - 1]!.lower)) end--
  }
  // "Sen. Ann Lee (D-Ore.) said", "Tom Ruiz, R-Texas, said": the speaker stands before the party tag.
  end = partyTagStart(tokens, end, floor)
  // "Many riders — including nurses — said": the speaker stands before the aside between dashes.
  const aside = dashAsideStart(tokens, end, floor)
  if (aside < end) end = partyTagStart(tokens, aside, floor)
  for (;;) {
    const previous = tokens[end - 1]
    if (end - 1 < floor || !previous) return undefined
    // "Lee defiantly told …": an -ly adverb too, unless a determiner makes it a noun ("the rally said").
    if (previous.word && (modifiersSet.has(previous.lower) || (/ly$/.test(previous.lower) && !determinersSet.has(tokens[end - 2]?.lower as string))) && !previous.capital) {
      end--
      continue
    }
    if (previous.text === ',' && tokens[end - 2]?.word && modifiersSet.has(tokens[end - 2]!.lower) && tokens[end - 3]?.text === ',' && end - 3 > floor) {
      end -= 3
      continue
    }
    break
  }
  // "56 percent of voters polled said": a survey's participle stands between the group and its cue.
  while (end - 2 >= floor && survey.has(tokens[end - 1]!.lower) && tokens[end - 2]!.word) end--
  // "nearly three in five said": a proportion of people is the subject.
  const proportion = proportionBefore(tokens, end, floor)
  if (proportion) return {mention: proportion}
  // "voters who say …": the relative pronoun is the subject, its antecedent the speaker.
  const relative = relativeSubject(tokens, end, floor)
  if (relative) return relative
  const previous = tokens[end - 1]!
  if (previous.word && conjunctions.has(previous.lower)) {
    let start = end - 1
    while (start > floor && end - start < 40 && tokens[start - 1]!.text !== ',' && tokens[start - 1]!.text !== ';' && !(clausesSet.has(tokens[start - 1]!.lower) && !conjunctions.has(tokens[start - 1]!.lower))) start--
    const mention = phraseAfter(tokens, start, end - 1)
    if (mention) return {mention}
    // "The mayor, Ivo Brand, declined to comment but insisted": the first verb phrase opens after the subject's comma.
    if (tokens[start - 1]?.text === ',' && start - 1 > floor && isVerbPhrase(tokens, start, end - 1)) return speakerBeforeCue(tokens, {...cue, first: start}, floor)
    return undefined
  }
  if (previous.text !== ',') {
    const mention = phraseBefore(tokens, end, floor)
    return mention ? {mention: withPartner(tokens, mention, floor)} : undefined
  }
  // Appositives: walk comma-separated segments back from the cue.
  const segments: TokenRange[] = []
  let right = end - 1
  while (segments.length < 5 && right > floor) {
    let left = right
    while (left > floor && right - left < 40 && tokens[left - 1]!.text !== ',') left--
    let start = left
    // Only the segment that opens the clause can carry its lead-in ("… comes as the chief of staff").
    if (left === floor || tokens[left - 1]?.text !== ',') {
      for (let index = right - 1; index >= left; index--) {
        const token = tokens[index]!
        if (token.word && !token.capital && clausesSet.has(token.lower)) {
          start = index + 1
          break
        }
      }
    } else {
      let probe = left
      while (probe > floor && left - probe < 40 && tokens[probe - 1]!.text !== ',') probe--
      if (probe === floor) {
        for (let index = right - 1; index >= left; index--) {
          const token = tokens[index]!
          if (token.word && !token.capital && clausesSet.has(token.lower) && !['as', 'who', 'which', 'whose'].includes(token.lower)) {
            start = index + 1
            break
          }
        }
      }
    }
    // "Rep. Ana Lee (D-Ore.), ranking member …, said": a segment's party tag is no part of the name.
    if (start < right) segments.push({first: start, last: Math.max(start + 1, partyTagStart(tokens, right, start))})
    if (start > left) break
    right = left - 1
  }
  const named = nameBeforeRoles(tokens, segments)
  if (named) return named
  let role: TokenRange | undefined
  for (const [index, segment] of segments.entries()) {
    const single = tokens[segment.first]!
    if (segment.last - segment.first === 1 && pronounsSet.has(single.lower)) return {mention: segment}
    if (isAdverbial(tokens, segment) || isRelative(tokens, segment) || isAgeAside(tokens, segment)) continue
    if (isRole(tokens, segment)) {
      role ??= segment
      continue
    }
    const mention = phraseBefore(tokens, segment.last, segment.first)
    if (!mention) return undefined
    const before = segments[index + 1]
    if (!role && before && isRole(tokens, before)) role = before
    return role ? {mention, role} : {mention}
  }
  // "The harbour master Ana Lee, who ran the port, said": a described subject with only asides after it is the speaker.
  const subject = segments.find((segment) => isRole(tokens, segment) && !isParticipleAside(tokens, segment))
  const described = subject && phraseBefore(tokens, subject.last, subject.first)
  return described ? {mention: described} : undefined
}

/** Whether `[first, last)` is a run of words led by a lower-case one (`declined to comment`): a verb phrase, not a quotation or a name. */
function isVerbPhrase(tokens: readonly Token[], first: number, last: number): boolean {
  if (first >= last || tokens[first]!.capital || determinersSet.has(tokens[first]!.lower) || pronounsSet.has(tokens[first]!.lower)) return false
  for (let index = first; index < last; index++) if (!tokens[index]!.word) return false
  return true
}

/** Whether a segment opens with a participle (`run by a professor`, `speaking on Monday`): an aside, not the subject. */
function isParticipleAside(tokens: readonly Token[], range: TokenRange): boolean {
  const lead = tokens[range.first]!
  const lower = lead.lower
  return !lead.capital && /(?:ed|en|ing|wn|un)$/.test(lower) && lower.length >= 3 && !groupsSet.has(lower) && !titlesSet.has(lower)
}

/**
 * The speaker after an inverted cue or "according to": `said Subhan Mesbah,
 * the deputy head of …`. `ceil` is the first token after the sentence or frame.
 */
export function speakerAfterCue(tokens: readonly Token[], cue: Cue, ceil: number, roleToEnd = true): SpeakerReading | undefined {
  const mention = phraseAfter(tokens, cue.last, ceil)
  if (!mention) return undefined
  if (tokens[mention.last]?.text !== ',') return {mention}
  const stop = segmentEnd(tokens, mention.last + 1, ceil)
  // "said one passenger, Tom Ruiz": a description, then the person's name; the name speaks, the description is the role.
  const named = {first: mention.last + 1, last: stop}
  if (isPersonName(tokens, named) && !hasCapital(tokens, mention)) return {mention: named, role: mention}
  if (!roleToEnd && tokens[stop]?.text !== ',') return {mention}
  let role = {first: mention.last + 1, last: stop}
  // "said Tom Ruiz, 54, a lawyer": an age is no role; the segment after it may be.
  if (isAgeAside(tokens, role)) {
    if (tokens[stop]?.text !== ',') return {mention}
    const next = segmentEnd(tokens, stop + 1, ceil)
    if (!roleToEnd && tokens[next]?.text !== ',') return {mention}
    role = {first: stop + 1, last: next}
  }
  return role.last > role.first && isRole(tokens, role) ? {mention, role} : {mention}
}

/** Where the appositive segment that starts at `from` ends: at the next comma or semicolon, or at `ceil`. */
function segmentEnd(tokens: readonly Token[], from: number, ceil: number): number {
  let end = from
  while (end < ceil && tokens[end]!.text !== ',' && tokens[end]!.text !== ';') end++
  return end
}
