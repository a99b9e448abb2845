import {type Cue, cueAt} from '../attribution/cue-words.js'
import {accordingSource} from '../attribution/according-source.js'
import {findAddressee} from '../attribution/find-addressee.js'
import {reportedClauseStart, wordsOutside} from '../attribution/find-indirect-speech.js'
import type {TokenRange} from '../attribution/noun-phrase.js'
import {speakerAfterCue, speakerBeforeCue, type SpeakerReading} from '../attribution/read-speaker.js'
import {readingStart} from '../attribution/reading-start.js'
import type {Token} from '../attribution/tokenize.js'
import {prepositionsSet} from '../attribution/word-sets.js'
import {auxiliaries} from '../lexicon/auxiliaries.js'
import {modalAdverbs as modalAdverbList, modals as modalList} from '../lexicon/modals.js'
import {asideOpeners as asideOpenerList, clauseCueVerbs, sourceAsideOpeners, subjectPronouns as subjectPronounList} from '../lexicon/reported-clause-words.js'
import {relativeObjects} from '../lexicon/relative-objects.js'
import {nonSpeechObjectLinks, nonSpeechObjects} from '../lexicon/cue-verbs.js'
import {asAttribution} from './as-attribution.js'
import {questionAt} from './asked-question.js'
import {conjunctionBefore} from './conjunction-before.js'
import {continuedObject} from './continued-object.js'
import {coordinatedSubject} from './coordinated-subject.js'
import {isNonSpeechClause} from './non-speech-clause.js'
import {namingComplement, namingMinWords} from './naming-complement.js'
import {opensParticiple} from './opens-participle.js'
import {opensWholeQuote} from './opens-whole-quote.js'
import {participleSpeaker} from './participle-speaker.js'
import {isJoinedParticiple, isSetOffParticiple} from './set-off-participle.js'
import {opensSubjectClause} from './subject-clause.js'
import {withSubject} from './with-subject.js'
import {postmodifiedSubject} from './postmodified-subject.js'
import {isPointingGesture} from './is-pointing-gesture.js'
import {isReportingThat} from './reporting-that.js'
import {speechObject} from './speech-object.js'
import {skipDateline, subjectReading} from './sentence-subject.js'

const nonSpeech = new Set(nonSpeechObjects)
const nonSpeechLinks = new Set(nonSpeechObjectLinks)
/** How far past the source's words a leading "According to …," may run to its comma (`a poll conducted by the Harbour Trust for the Gazette`). */
const sourceReach = 16
const relatives = new Set(relativeObjects)
const sourceAsides = new Set(sourceAsideOpeners)
const auxiliaryWords = new Set(auxiliaries)
/** Pronouns that open a clause as its subject (`they want`); "it" and "you" are left out (`found it useful`). */
const subjectPronouns = new Set(subjectPronounList)
const clauseCues = new Set(clauseCueVerbs)

/** What {@link readIndirect} found: the speaker, the reported words (one or more pieces) and the rule that read them. */
export interface ReportedSpeech {
  readonly reading: SpeakerReading
  readonly pieces: TokenRange[]
  readonly evidence: 'reported-speech' | 'according-to' | 'speech-object'
}

/** Reported speech around a cue: `X said (that) …`, `…, X said.`, `According to X, …`. */
export function readIndirect(text: string, tokens: readonly Token[], cue: Cue, first: number, ceil: number, quoted: (offset: number) => boolean): ReportedSpeech | undefined {
  const found = readPieces(text, tokens, cue, first, ceil, quoted)
  if (!found) return undefined
  // "PORTVIK, Maine — The bridge reopened, the council said": the reported words start past the dateline.
  const pieces = found.pieces.map((piece) => (piece.first === first ? {first: skipDateline(tokens, first, piece.last), last: piece.last} : piece))
  return {reading: found.reading, pieces, evidence: cue.phrase ? 'according-to' : found.object ? 'speech-object' : 'reported-speech'}
}

function readPieces(text: string, tokens: readonly Token[], cue: Cue, first: number, ceil: number, quoted: (offset: number) => boolean): {reading: SpeakerReading; pieces: TokenRange[]; object?: boolean} | undefined {
  const enough = (range: TokenRange) => range.last > range.first && wordsOutside(tokens, range, quoted, 3) >= 3
  if (cue.phrase) {
    const reading = speakerAfterCue(tokens, cue, ceil, false) ?? accordingSource(tokens, cue, ceil)
    if (!reading) return undefined
    const leading = cue.first === first || tokens[cue.first - 1]?.text === ','
    if (cue.first === first || (leading && cue.first - 1 <= first + 3)) {
      let start = reading.role ? reading.role.last : reading.mention.last
      // "According to a poll by the Harbour Trust, …", "According to Ana Lee, who chairs the board, …": the rest of
      // the source's phrase, or an aside about the source, is not what it said.
      const next = tokens[start]?.lower ?? ''
      if (prepositionsSet.has(next) || /ed$/.test(next) || (next === ',' && sourceAsides.has(tokens[start + 1]?.lower ?? ''))) {
        // Only the reach after the source is looked at (not the block's tokens from its first).
        const reach = Math.min(ceil, start + sourceReach)
        let comma = start + 1
        while (comma < reach && tokens[comma]!.text !== ',') comma++
        if (comma < reach) start = comma
      }
      if (tokens[start]?.text === ',') start++
      const piece = {first: start, last: ceil}
      return enough(piece) ? {reading, pieces: [piece]} : undefined
    }
    const piece = {first, last: tokens[cue.first - 1]?.text === ',' ? cue.first - 1 : cue.first}
    const pieces = [piece]
    const afterEnd = reading.role ? reading.role.last : reading.mention.last
    if (tokens[afterEnd]?.text === ',' && tokens[afterEnd + 1]?.lower === 'and') pieces.push({first: afterEnd + 2, last: ceil})
    return enough(piece) ? {reading, pieces: pieces.filter(enough)} : undefined
  }
  const inverted = !cue.gerund && !cue.addressee && tokens[cue.first - 1]?.text === ',' ? invertedReading(tokens, cue, ceil) : undefined
  const withReading = cue.gerund ? withSubject(tokens, cue, first) : undefined
  let postmodified: SpeakerReading | undefined
  const reading = inverted ? undefined : cue.gerund ? (withReading ?? participleSpeaker(tokens, cue.first, first) ?? subjectReading(tokens, first, cue.first)) : (coordinatedSubject(tokens, cue, first) ?? speakerBeforeCue(tokens, cue, first) ?? (postmodified = postmodifiedSubject(tokens, cue, first)))
  const speaker = reading ?? inverted
  // "higher than the Harbour Trust says they are": a comparison, not a report.
  if (reading && tokens[reading.mention.first - 1]?.lower === 'than') return undefined
  // "what he said about the ferry", "which a study concluded would cost …": the thing said is "what"/"which".
  if (reading && !cue.gerund && relatives.has(tokens[readingStart(reading) - 1]?.lower ?? '')) {
    const gapped = gappedClause(tokens, cue, ceil, quoted)
    return gapped ? {reading, pieces: [gapped]} : undefined
  }
  if (!speaker || isPointingGesture(tokens, cue)) return undefined
  if (inverted) {
    const piece = {first, last: cue.first - 1}
    return enough(piece) && !quoted(tokens[piece.first]!.start) ? {reading: inverted, pieces: [piece]} : undefined
  }
  // "As the paper reported, …", "…, as Lee said.": the clause the "as" attribution stands beside.
  const beside = reading && asAttribution(tokens, cue, reading, first, nextStatement(tokens, cue.last, ceil, quoted))
  if (beside && enough(beside)) return {reading, pieces: [beside]}
  let after = cue.last
  if (cue.addressee) {
    const addressee = findAddressee(tokens, cue.last, ceil)
    if (addressee) after = skipAppositiveBeforeTo(tokens, addressee.last, ceil)
    // "asked him whether …", "asked the workers if …": whoever is asked stands before the question.
    else if (cue.base === 'ask') after = questionAt(tokens, cue.last, ceil) ?? after
  }
  const named = namingComplement(tokens, cue, nextStatement(tokens, cue.last, ceil, quoted), (range) => wordsOutside(tokens, range, quoted, namingMinWords))
  if (named) return {reading: speaker, pieces: [named]}
  let {start, that} = reportedClauseStart(tokens, cue, after, ceil)
  // "said the deal funds groups that …": a "that" past a noun is not the reporting one.
  if (that && !isReportingThat(tokens, after, start - 1)) ({start, that} = reportedClauseStart(tokens, cue, after, start - 1))
  // "said goodbye to fans", "said no." tell nothing; "said no decision was made" does: a word after it opens a clause.
  const following = tokens[start + 1]
  const link = following?.word !== true || nonSpeechLinks.has(following.lower) || (prepositionsSet.has(following.lower) && following.lower !== 'from')
  if (!that && nonSpeech.has(tokens[start]?.lower ?? '') && link) return undefined
  // "nurses could still file reports", "she will tell the board": a modal cue with no "that" reports nothing yet said.
  if (!that && !cue.gerund && isModal(tokens, cue.first)) return undefined
  // "continued to question whether …", "continues to insist that …": what the continued verb governs.
  if (cue.base === 'continue' && !cue.gerund) {
    const object = continuedObject(tokens, cue.last, nextStatement(tokens, cue.last, ceil, quoted), quoted)
    if (object) return {reading: speaker, pieces: [object], object: true}
  }
  // "criticized the budget", "called for a recount", "asked whether …": the object is what was said;
  // of a participle, when it is set off, joined ("by questioning …") or follows another ("…, greeting them and criticizing …").
  if (!that && cue.weak && (!cue.gerund || withReading !== undefined || isSetOffParticiple(tokens, cue.first) || isJoinedParticiple(tokens, cue.first) || conjunctionBefore(tokens, cue, first) !== undefined)) {
    const object = speechObject(tokens, cue, start, nextStatement(tokens, start, ceil, quoted), quoted)
    if (object) return {reading: speaker, pieces: [object], object: true}
  }
  const end = relativeClauseEnd(tokens, speaker, start, nextStatement(tokens, start, ceil, quoted), quoted)
  if (!that && isNonSpeechClause(tokens, after, start, end)) return undefined
  // "A person familiar with the plans said the pier would close": after a long subject, a clause only.
  if (postmodified && !(that || subjectPronouns.has(tokens[start]?.lower ?? '') || opensSubjectClause(tokens, start, end))) return undefined
  const forward = {first: start, last: end}
  const opensQuote = tokens[start] && quoted(tokens[start]!.end - 1) && !tokens[start]!.word
  // "Ortiz opposed the plan, saying it hurt farmers": a gerund after a comma reports the subject's words.
  // "… but warning that …": so does one after a conjunction that a clause follows ("and vowing to …" tells an aim).
  // "won the room by promising …", "left while saying that …": so does one after "by", "while" or "after".
  // "with 30 percent saying they …": a clause ("with the firm claiming residency in Ireland" tells a deed).
  const withClause = withReading !== undefined && (that || subjectPronouns.has(tokens[start]?.lower ?? '') || opensSubjectClause(tokens, start, end))
  const participle = cue.gerund && (withClause || isSetOffParticiple(tokens, cue.first) || isJoinedParticiple(tokens, cue.first) || (conjunctionBefore(tokens, cue, first) !== undefined && tokens[cue.last]?.lower !== 'to'))
  // "Tenants report they need more heat": a weak cue reports a clause whose subject is a pronoun,
  // and a speech one a clause whose noun subject an auxiliary follows ("predicted lawsuits could follow").
  const pronounClause = cue.weak && !cue.addressee && (subjectPronouns.has(tokens[start]?.lower ?? '') || (clauseCues.has(cue.base) && opensSubjectClause(tokens, start, nextStatement(tokens, start, ceil, quoted)))) && tokens[start]!.start > tokens[cue.last - 1]!.end
  // "…, Lee said, noting that …": the participle reports what follows it, under its own cue.
  const participleNext = !that && opensParticiple(tokens, start)
  if (!participleNext && (!cue.weak || that || pronounClause || ((cue.base === 'ask' || cue.base === 'urge') && tokens[start]?.lower === 'to')) && (!cue.gerund || participle) && enough(forward) && !opensQuote) {
    // `said “A,” and B “C”`: the quoted words stand as a quote; the conjunct after them is reported too.
    const conjunct = conjunctAfterQuote(tokens, forward, quoted)
    if (conjunct) return enough(conjunct) ? {reading: speaker, pieces: [conjunct]} : undefined
    if (opensWholeQuote(tokens, forward, quoted)) return undefined
    const pieces = [forward]
    const lead = speaker.mention.first
    // "Clinics, Ann Lee says, have no nurses": the words before the speaker belong too.
    const before = {first, last: lead - 1}
    // A short subject counts when the words after the attribution open with an auxiliary: "Clinics, she says, have …".
    const subjectOnly = before.last > before.first && auxiliaryWords.has(tokens[forward.first]?.lower ?? '') && wordsOutside(tokens, before, quoted, 1) > 0
    if (!speaker.antecedent && tokens[lead - 1]?.text === ',' && tokens[after]?.text === ',' && (enough(before) || subjectOnly)) {
      // "…, he said, though he named no one": what follows the inserted attribution is the reporter's aside.
      if (opensAside(tokens, forward.first)) return {reading: speaker, pieces: [before]}
      pieces.unshift(before)
    }
    return {reading: speaker, pieces}
  }
  // A weak cue takes the words before it only when it ends the sentence ("…, the board reported on Tuesday.").
  if (cue.gerund || (cue.weak && start < ceil)) return undefined
  // "…, X said." — the speaker and cue end the sentence, or a participle follows them ("…, X said, adding …").
  if (start < ceil && !opensParticiple(tokens, start)) return undefined
  const lead = readingStart(speaker)
  if (tokens[lead - 1]?.text !== ',') return undefined
  const piece = {first, last: lead - 1}
  if (!enough(piece)) return undefined
  if (quoted(tokens[piece.first]!.start) && quoted(tokens[piece.last - 1]!.start)) return undefined
  return {reading: speaker, pieces: [piece]}
}

/**
 * `the toll, which Ann Lee said was unfair, …`, `what he called a shortage`:
 * after a relative word and its speaker, the words the cue governs up to the
 * clause's end (its next comma outside quotation marks) say what was said of
 * the relative word. Nothing when the cue ends the clause or a preposition
 * follows it (`what she said about the bus`).
 */
function gappedClause(tokens: readonly Token[], cue: Cue, ceil: number, quoted: (offset: number) => boolean): TokenRange | undefined {
  let start = cue.last
  if (cue.addressee) start = findAddressee(tokens, cue.last, ceil)?.last ?? start
  const lead = tokens[start]
  // "what Lee says and promises is …": a second verb, not what was said.
  if (!lead?.word || lead.lower === 'and' || lead.lower === 'or' || (prepositionsSet.has(lead.lower) && lead.lower !== 'as' && lead.lower !== 'to')) return undefined
  let end = start
  while (end < ceil && !(tokens[end]!.text === ',' && !quoted(tokens[end]!.start))) end++
  const range = {first: start, last: end}
  return wordsOutside(tokens, range, quoted, gappedMinWords) >= gappedMinWords ? range : undefined
}

/** How many words outside quotation marks a gapped clause needs (`defied expectations`). */
const gappedMinWords = 2

/**
 * `Ann Lee, who said the pier was unsafe, closed it`: the words a relative
 * clause set off by commas reports end at its closing comma; otherwise `end`.
 */
function relativeClauseEnd(tokens: readonly Token[], speaker: SpeakerReading, start: number, end: number, quoted: (offset: number) => boolean): number {
  if (!speaker.antecedent || tokens[speaker.mention.first - 1]?.text !== ',') return end
  for (let index = start; index < end; index++) if (tokens[index]!.text === ',' && !quoted(tokens[index]!.start)) return index
  return end
}

const modals = new Set(modalList)
const modalAdverbs = new Set(modalAdverbList)

/** Whether a modal (`could`, `will`) stands before the cue at `index`, past adverbs like "not" or "still". */
function isModal(tokens: readonly Token[], index: number): boolean {
  let before = index - 1
  while (before >= 0 && before > index - 4 && modalAdverbs.has(tokens[before]!.lower)) before--
  return before >= 0 && modals.has(tokens[before]!.lower)
}

/** How many tokens an appositive after an addressee may take (`asked Ana Pereira, a former judge who …, to …`). */
const appositiveReach = 25

/**
 * `asked Tom Reyes, a former judge, to look into …`: past an appositive after
 * the addressee when "to" follows it; otherwise `after` unchanged.
 */
function skipAppositiveBeforeTo(tokens: readonly Token[], after: number, ceil: number): number {
  if (tokens[after]?.text !== ',') return after
  for (let index = after + 1; index < Math.min(ceil, after + appositiveReach); index++) {
    const token = tokens[index]!
    if (token.text === ',') return tokens[index + 1]?.lower === 'to' ? index + 1 : after
    if (!token.word && token.text !== '.' && token.text !== '-' && token.text !== '’' && token.text !== "'") return after
  }
  return after
}

/** Words that open the reporter's aside after an inserted attribution (`…, she said, although …`). */
const asideOpeners = new Set(asideOpenerList)

/** Whether the words at `index` (past an "and" or "but") open an aside rather than more of what was said. */
function opensAside(tokens: readonly Token[], index: number): boolean {
  const lower = tokens[index]?.lower
  const next = lower === 'and' || lower === 'but' ? tokens[index + 1]?.lower : lower
  return asideOpeners.has(next ?? '')
}

/**
 * Where a reported clause ends: at the sentence's end, or before `, adding …` /
 * `, insisting …`, a participle that opens a second statement of the same speaker.
 */
function nextStatement(tokens: readonly Token[], start: number, ceil: number, quoted: (offset: number) => boolean): number {
  const table = participleCommas(tokens)
  let index = table[Math.min(start + 1, tokens.length)]!
  while (index < ceil - 1 && quoted(tokens[index]!.start)) index = table[index + 1]!
  return index < ceil - 1 ? index : ceil
}

/** Per token list, for each index the first `, <gerund cue>` comma at or after it (or the list's length): built once, so every cue's lookup is constant-time. */
const participleTables = new WeakMap<readonly Token[], Int32Array>()

function participleCommas(tokens: readonly Token[]): Int32Array {
  let table = participleTables.get(tokens)
  if (table) return table
  table = new Int32Array(tokens.length + 1)
  let next = tokens.length
  table[tokens.length] = next
  for (let index = tokens.length - 1; index >= 0; index--) {
    if (tokens[index]!.text === ',' && cueAt(tokens, index + 1)?.gerund) next = index
    table[index] = next
  }
  participleTables.set(tokens, table)
  return table
}

/**
 * `said “It is wrong,” and the vote “hurts us”`: when reported words open with
 * a quotation that closes before an "and" or "but", the quotation is a quote of
 * its own and the reported words go on after the conjunction.
 */
function conjunctAfterQuote(tokens: readonly Token[], range: TokenRange, quoted: (offset: number) => boolean): TokenRange | undefined {
  const lead = tokens[range.first]
  if (!lead || lead.word || !quoted(tokens[range.first + 1]?.start ?? -1)) return undefined
  let index = range.first + 1
  while (index < range.last && quoted(tokens[index]!.start)) index++
  while (index < range.last && !tokens[index]!.word) index++
  const joint = tokens[index]?.lower
  return index < range.last - 1 && (joint === 'and' || joint === 'but') ? {first: index + 1, last: range.last} : undefined
}

/** `…, said Subhan Mesbah, the deputy head of …`: a name right after the cue, ending the sentence or followed by a comma. */
export function invertedReading(tokens: readonly Token[], cue: Cue, ceil: number): SpeakerReading | undefined {
  const reading = speakerAfterCue(tokens, cue, ceil)
  if (!reading) return undefined
  const end = reading.role ? reading.role.last : reading.mention.last
  return end >= ceil || tokens[end]?.text === ',' ? reading : undefined
}
