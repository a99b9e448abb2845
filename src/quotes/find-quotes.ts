import {classifyMention, type MentionInfo} from '../attribution/classify-mention.js'
import {type Cue, cueAt} from '../attribution/cue-words.js'
import {findAddressee, findAskedBy} from '../attribution/find-addressee.js'
import {reportedClauseStart, wordsOutside} from '../attribution/find-indirect-speech.js'
import {findNameRuns} from '../attribution/find-names.js'
import {documentNearCue} from '../attribution/find-issuing-document.js'
import {phraseAfter, type TokenRange} from '../attribution/noun-phrase.js'
import {speakerAfterCue, speakerBeforeCue, type SpeakerReading} from '../attribution/read-speaker.js'
import {type Referent, SpeakerRegistry} from '../attribution/speaker-registry.js'
import {type Token, tokenize} from '../attribution/tokenize.js'
import {words} from '../attribution/word-sets.js'
import {nonSpeechObjects} from '../lexicon/cue-verbs.js'
import type {SourceText} from '../blocks/source-text.js'
import type {Locator} from '../locate.js'
import {createMessage} from '../messages.js'
import type {Message, Phrase, Quote, QuoteKind, Speaker, SpeakerSummary} from '../types.js'
import {findQuoteSpans, type QuoteSpan} from './find-quote-spans.js'
import {isOpeningDouble} from './quote-marks.js'
import {sentenceEnds} from './sentence-ends.js'

const nonSpeech = new Set(nonSpeechObjects)
/** How many characters around a speaker mention the entity tagger reads. */
const windowReach = 32

/** What {@link findQuotes} returns. */
export interface QuoteFindings {
  /** Every quote, in reading order. */
  readonly quotes: Quote[]
  /** Each distinct speaker once, in order of first quote. */
  readonly speakers: SpeakerSummary[]
  /** `unclosed-quote` and `unattributed-quote` findings. */
  readonly messages: Message[]
  /** Short stretches (block index and `[start, end)` in the block's text) around speaker mentions, for the entity tagger. */
  readonly windows: {block: number; start: number; end: number}[]
}

/** A quote being built: offsets are into its block's text. */
interface Draft {
  block: number
  kind: QuoteKind
  start: number
  end: number
  referent?: Referent
  mention?: TokenRange
  cue?: TokenRange
  addressee?: TokenRange
  /** Whether the attribution was inherited from an earlier quote (no cue, no mention of its own). */
  floating?: boolean
  /** Quotes of one running quotation share one attribution. */
  chain?: Draft
}

interface Attributed {
  referent: Referent
  mention?: TokenRange
  cue?: TokenRange
  addressee?: TokenRange
}

/**
 * Find the quoted and reported speech of an article and attribute it.
 *
 * `blocks` are the article's text blocks in reading order (headline, dek,
 * paragraphs); each maps its characters back to the input through
 * `offsetAt`, so the same engine runs over plain text and decoded HTML.
 * Every position in the result slices back exactly from the input.
 *
 * @example
 *   const text = '“We stay,” she said.'
 *   findQuotes([sliceSource(text, 0)], createLocator(text)).quotes[0]?.text // 'We stay,'
 */
export function findQuotes(blocks: readonly SourceText[], locator: Locator): QuoteFindings {
  const registry = new SpeakerRegistry()
  const drafts: Draft[] = []
  const messages: Message[] = []
  const windows: {block: number; start: number; end: number}[] = []
  const tokensOf: Token[][] = []
  /** Words the article writes in lower case somewhere: capitalised at a sentence's start they are not names. */
  const lowerWords = new Set<string>()
  let running: Draft | undefined
  let lastAttribution: {block: number; referent: Referent} | undefined

  // First learn every full name, so that surnames resolve wherever the full name stands.
  blocks.forEach((block, blockIndex) => {
    const tokens = tokenize(block.text)
    tokensOf[blockIndex] = tokens
    for (const token of tokens) if (token.word && !token.capital) lowerWords.add(token.lower)
    // A title-case headline capitalises every word, so its runs are not names.
    if (!isTitleCase(tokens)) for (const run of findNameRuns(tokens)) registry.know(classifyMention(block.text, tokens, run))
  })

  blocks.forEach((block, blockIndex) => {
    const text = block.text
    const spans = findQuoteSpans(text)
    const tokens = tokensOf[blockIndex]!
    const titleCase = isTitleCase(tokens)
    const spansOut = [...spans]
    const positionOf = (start: number, end: number) => locator.position(block.offsetAt(start), block.offsetAt(end))

    // An unclosed quote: runs on into the next block (AP style) or is cut to a best reading.
    const lastSpan = spansOut.at(-1)
    let runsOn = false
    if (lastSpan && lastSpan.close === -1) {
      const next = blocks[blockIndex + 1]?.text.trimStart()
      if (next && isOpeningDouble(next[0])) {
        runsOn = true
      } else {
        const end = boundedEnd(text, tokens, lastSpan)
        spansOut[spansOut.length - 1] = {...lastSpan, end}
        messages.push(createMessage('Quotation mark opened but never closed; the quote is read to the end of its paragraph or the first attribution', 'unclosed-quote', positionOf(lastSpan.open, lastSpan.open + 1)))
      }
    }

    const ends = sentenceEnds(text, spansOut)
    const quoted = (offset: number) => {
      const span = spansOut[spanBefore(spansOut, offset)]
      return span !== undefined && span.start <= offset && offset < span.end
    }
    const tokenAt = (offset: number) => lowerBound(tokens, offset)
    const blockDrafts: Draft[] = []
    let sentenceStart = 0

    let spanCursor = 0
    for (const sentenceEnd of ends) {
      const first = tokenAt(sentenceStart)
      let ceil = tokenAt(sentenceEnd)
      while (ceil > first && !tokens[ceil - 1]!.word && /[.!?]/.test(tokens[ceil - 1]!.text)) ceil--
      const inSentence: QuoteSpan[] = []
      while (spanCursor < spansOut.length && spansOut[spanCursor]!.start < sentenceEnd) {
        if (spansOut[spanCursor]!.start >= sentenceStart) inSentence.push(spansOut[spanCursor]!)
        spanCursor++
      }
      const usedCues = new Set<number>()
      let hasCue = false

      inSentence.forEach((span, index) => {
        const closeAt = span.close === -1 ? span.end : span.close + 1
        const openAt = span.open === -1 ? span.start : span.open
        const kind = quoteKind(text, span, sentenceStart, index > 0)
        const draft: Draft = {block: blockIndex, kind, start: span.start, end: span.end}
        if (span.open === -1 && running) draft.chain = running.chain ?? running
        const nextSpan = inSentence[index + 1]
        const afterFirst = tokenAt(closeAt)
        const afterLast = nextSpan ? tokenAt(nextSpan.open === -1 ? nextSpan.start : nextSpan.open) : ceil
        const previous = inSentence[index - 1]
        const beforeFirst = previous ? tokenAt(previous.close === -1 ? previous.end : previous.close + 1) : first
        const beforeLast = tokenAt(openAt)

        let found = attributeAfter(tokens, afterFirst, Math.min(afterLast, ceil), titleCase)
        if (found) usedCues.add(found.cue.first)
        if (!found) {
          found = attributeBefore(tokens, beforeFirst, beforeLast, first, titleCase)
          if (found && kind === 'direct' && !found.cue.phrase) usedCues.add(found.cue.first)
        }
        if (found) {
          hasCue = true
          const referent = resolveWith(registry, text, tokens, found.reading, true)
          const issued = referent && documentNearCue(tokens, found.cue, first, ceil)
          if (referent && issued) registry.issued(issued, referent)
          if (referent) {
            Object.assign(draft, {referent, mention: found.reading.mention, cue: {first: found.cue.first, last: found.cue.last}})
            const addressee = found.cue.addressee ? findAddressee(tokens, found.cue.last, ceil) : findAskedBy(tokens, first, found.cue.first)
            if (addressee) draft.addressee = addressee
          }
        }
        if (!draft.referent && kind === 'partial' && !draft.chain) {
          // A fragment with no cue: the sentence's subject, when it is a known source, or no quote at all.
          let clause = beforeLast
          while (clause > first && beforeLast - clause < 40 && tokens[clause - 1]!.text !== ',') clause--
          const subject = phraseAfter(tokens, skipLeadingAdverbial(tokens, clause, ceil), beforeLast)
          const info = subject && classifyMention(text, tokens, subject)
          const referent = info && (info.kind === 'person' || info.kind === 'pronoun' || info.kind === 'organization') ? registry.resolve(info, true) : undefined
          if (!referent) return
          Object.assign(draft, {referent, mention: subject})
        }
        blockDrafts.push(draft)
        drafts.push(draft)
      })

      // Reported speech: cues outside quotation marks with a reported clause.
      for (let index = first; index < ceil; index++) {
        if (usedCues.has(index) || quoted(tokens[index]!.start)) continue
        const cue = cueAt(tokens, index, titleCase)
        if (!cue) continue
        const reported = readIndirect(text, tokens, cue, first, ceil, quoted)
        if (!reported) continue
        hasCue = true
        const referent = resolveWith(registry, text, tokens, reported.reading, true)
        if (!referent) continue
        const issued = documentNearCue(tokens, cue, first, ceil)
        if (issued) registry.issued(issued, referent)
        for (const piece of reported.pieces) {
          const draft: Draft = {block: blockIndex, kind: 'indirect', start: tokens[piece.first]!.start, end: tokens[piece.last - 1]!.end, referent, mention: reported.reading.mention, cue: {first: cue.first, last: cue.last}}
          const addressee = cue.addressee ? findAddressee(tokens, cue.last, ceil) : undefined
          if (addressee) draft.addressee = addressee
          drafts.push(draft)
        }
        index = cue.last - 1
      }

      if (!hasCue && !titleCase) {
        // Keep track of who the sentence is about, for pronouns later on.
        const subject = phraseAfter(tokens, skipLeadingAdverbial(tokens, skipDateline(tokens, first, ceil), ceil), ceil)
        if (subject && isSubjectName(tokens, subject, lowerWords)) {
          const info = classifyMention(text, tokens, subject)
          if ((info.kind !== 'pronoun' && info.proper) || info.kind === 'document') registry.resolve(info, false)
        }
      }
      sentenceStart = sentenceEnd
    }

    // Quotes with no attribution of their own continue the previous speaker.
    let previous: Referent | undefined = lastAttribution && lastAttribution.block >= blockIndex - 1 ? lastAttribution.referent : undefined
    // The next quote of the block with a speaker of its own, for quotes that open a paragraph before the attribution.
    const laterOf: (Referent | undefined)[] = []
    for (let index = blockDrafts.length - 1, later: Referent | undefined; index >= 0; index--) {
      laterOf[index] = later
      if (blockDrafts[index]!.referent) later = blockDrafts[index]!.referent
    }
    for (const [index, draft] of blockDrafts.entries()) {
      if (draft.chain?.referent) {
        Object.assign(draft, {referent: draft.chain.referent, floating: true})
      } else if (!draft.referent) {
        const referent = previous ?? laterOf[index]
        if (referent) Object.assign(draft, {referent, floating: true})
        else messages.push(createMessage('Quote with no speaker named before, after or around it', 'unattributed-quote', positionOf(draft.start, draft.end)))
      }
      if (draft.referent) previous = draft.referent
    }
    for (let index = drafts.length - 1; index >= 0 && drafts[index]!.block === blockIndex; index--) {
      const referent = drafts[index]!.referent
      if (referent) {
        lastAttribution = {block: blockIndex, referent}
        break
      }
    }

    const tail = blockDrafts.at(-1)
    running = runsOn && tail ? tail : undefined
    if (running && !running.referent) running = undefined
  })

  drafts.sort((a, b) => a.block - b.block || a.start - b.start)
  const quotes = drafts.map((draft) => toQuote(draft, blocks[draft.block]!, tokensOf[draft.block]!, locator))
  // The tagger reads around each source's first mention only (and around addressees), to stay cheap.
  const tagged = new Set<Referent>()
  for (const draft of drafts) {
    if (!draft.mention || draft.floating || !draft.referent || tagged.has(draft.referent)) continue
    tagged.add(draft.referent)
    const tokens = tokensOf[draft.block]!
    const text = blocks[draft.block]!.text
    const start = Math.max(0, tokens[draft.mention.first]!.start - windowReach)
    const end = Math.min(text.length, tokens[draft.mention.last - 1]!.end + windowReach)
    const last = windows.at(-1)
    if (last && last.block === draft.block && last.end >= start) last.end = Math.max(last.end, end)
    else windows.push({block: draft.block, start, end})
  }
  return {quotes, speakers: summarize(drafts), messages, windows}
}

/**
 * Whether a sentence's opening phrase can name who the sentence is about: not
 * a capitalised lead-in ("In its season", "Having …", "Some") and not a
 * possessive that only qualifies the subject ("McCallum’s last term").
 */
function isSubjectName(tokens: readonly Token[], range: TokenRange, lowerWords: ReadonlySet<string>): boolean {
  const lead = tokens[range.first]!
  const lower = lead.lower
  if (words.prepositions.has(lower) || words.clauses.has(lower) || words.modifiers.has(lower)) return false
  // "Lighthouse keeper retires", "Having …": a lone capitalised word the article also writes in lower case.
  if (range.last - range.first === 1 && (words.determiners.has(lower) || lowerWords.has(lower))) return false
  return !/['’]s?$/.test(tokens[range.last - 1]!.text)
}

/** Skip a dateline that opens a sentence: "PORTVIK, May 2 (Gazette) — Edda Nyberg …" reads from "Edda". */
function skipDateline(tokens: readonly Token[], first: number, ceil: number): number {
  const lead = tokens[first]
  if (!lead || !lead.word || lead.text.length < 2 || lead.text !== lead.text.toUpperCase()) return first
  for (let index = first + 1; index < Math.min(ceil, first + 12); index++) {
    const text = tokens[index]!.text
    if (text === '—' || text === '–' || text === '--' || text === '-') return index + 1
  }
  return first
}

/** Whether a line is written in title case (a headline): most words capitalised. */
function isTitleCase(tokens: readonly Token[]): boolean {
  const all = tokens.filter((token) => token.word && token.text.length > 3)
  return all.length >= 3 && all.filter((token) => token.capital).length / all.length > 0.75
}

/** Index of the last span starting at or before `offset` (spans are in order and do not overlap). */
function spanBefore(spans: readonly QuoteSpan[], offset: number): number {
  let low = 0
  let high = spans.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (spans[middle]!.start <= offset) low = middle + 1
    else high = middle
  }
  return low - 1
}

/** Index of the first token starting at or after `offset`. */
function lowerBound(tokens: readonly Token[], offset: number): number {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (tokens[middle]!.start < offset) low = middle + 1
    else high = middle
  }
  return low
}

/** Direct when the quotation is a statement of its own; partial when embedded in the reporter's words. */
function quoteKind(text: string, span: QuoteSpan, sentenceStart: number, follows: boolean): QuoteKind {
  if (span.open === -1) return 'direct'
  let index = span.open - 1
  while (index >= sentenceStart && /\s/.test(text[index]!)) index--
  if (index < sentenceStart) return 'direct'
  const before = text[index]!
  if (before === ':') return 'direct'
  if (before === ',' || before === '—' || before === '–' || before === '(' || before === ';') {
    // “…,” she said, “and now …” continues a direct quote.
    return follows || /^[\p{Lu}\d'’‘"“]/u.test(text[span.start] ?? '') ? 'direct' : 'partial'
  }
  return 'partial'
}

/** An unclosed quote's best reading: up to the first ", <speaker> <cue>", else the paragraph's end. */
function boundedEnd(text: string, tokens: readonly Token[], span: QuoteSpan): number {
  const from = lowerBound(tokens, span.start)
  for (let index = from; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.text !== ',' && token.text !== '.') continue
    for (let ahead = index + 1; ahead < Math.min(tokens.length, index + 6); ahead++) {
      if (cueAt(tokens, ahead)) return token.text === ',' ? token.end : token.end
    }
  }
  return span.end
}

/** Skip a leading "In September," or "However," before a sentence's subject. */
function skipLeadingAdverbial(tokens: readonly Token[], first: number, ceil: number): number {
  const token = tokens[first]
  if (!token) return first
  if (words.prepositions.has(token.lower) || words.modifiers.has(token.lower) || words.clauses.has(token.lower) || words.times.has(token.lower)) {
    for (let index = first; index < Math.min(ceil, first + 10); index++) {
      if (tokens[index]!.text === ',') return index + 1
    }
  }
  return first
}

/** `“…,” X said` / `“…,” said X`: a cue right after the quotation, with its speaker. */
function attributeAfter(tokens: readonly Token[], from: number, to: number, titleCase: boolean): {cue: Cue; reading: SpeakerReading} | undefined {
  let start = from
  while (start < to && !tokens[start]!.word && tokens[start]!.text !== '(') start++
  for (let index = start; index < Math.min(to, start + 30); index++) {
    const token = tokens[index]!
    if (token.text === ';' || (index === start && token.word && words.clauses.has(token.lower) && !token.capital)) return undefined
    const cue = cueAt(tokens, index, titleCase)
    if (!cue) continue
    if (cue.gerund) return undefined
    const reading = index === start || cue.phrase ? speakerAfterCue(tokens, cue, to) : speakerBeforeCue(tokens, cue, start)
    return reading ? {cue, reading} : undefined
  }
  return undefined
}

/** `X said: “…”` / `X called it “…”`: the nearest cue before the quotation, with its speaker. */
function attributeBefore(tokens: readonly Token[], from: number, to: number, sentenceFirst: number, titleCase: boolean): {cue: Cue; reading: SpeakerReading} | undefined {
  for (let index = to - 1; index >= from; index--) {
    const cue = cueAt(tokens, index, titleCase)
    // A weak cue ("called", "described") names the speaker only right before the quote: called it “welcome news”.
    if (!cue || (cue.weak && to - cue.last > 5)) continue
    if (cue.phrase) {
      const reading = speakerAfterCue(tokens, cue, to)
      return reading ? {cue, reading} : undefined
    }
    const reading = cue.gerund ? subjectReading(tokens, sentenceFirst, index) : speakerBeforeCue(tokens, cue, Math.min(from, sentenceFirst))
    if (reading) return {cue, reading}
  }
  return undefined
}

/** The subject at a sentence's start, as the speaker of a gerund cue (`…, saying`). */
function subjectReading(tokens: readonly Token[], first: number, ceil: number): SpeakerReading | undefined {
  const mention = phraseAfter(tokens, skipLeadingAdverbial(tokens, first, ceil), ceil)
  return mention ? {mention} : undefined
}

/** Reported speech around a cue: `X said (that) …`, `…, X said.`, `According to X, …`. */
function readIndirect(text: string, tokens: readonly Token[], cue: Cue, first: number, ceil: number, quoted: (offset: number) => boolean): {reading: SpeakerReading; pieces: TokenRange[]} | undefined {
  const enough = (range: TokenRange) => range.last > range.first && wordsOutside(tokens, range, quoted, 3) >= 3
  if (cue.phrase) {
    const reading = speakerAfterCue(tokens, cue, ceil, false)
    if (!reading) return undefined
    const leading = cue.first === first || tokens[cue.first - 1]?.text === ','
    if (cue.first === first || (leading && cue.first - 1 <= first + 3)) {
      let start = reading.role ? reading.role.last : reading.mention.last
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
  const reading = inverted ? undefined : cue.gerund ? subjectReading(tokens, first, cue.first) : speakerBeforeCue(tokens, cue, first)
  const speaker = reading ?? inverted
  if (!speaker) return undefined
  if (inverted) {
    const piece = {first, last: cue.first - 1}
    return enough(piece) && !quoted(tokens[piece.first]!.start) ? {reading: inverted, pieces: [piece]} : undefined
  }
  let after = cue.last
  if (cue.addressee) {
    const addressee = findAddressee(tokens, cue.last, ceil)
    if (addressee) after = addressee.last
  }
  const {start, that} = reportedClauseStart(tokens, cue, after, ceil)
  if (!that && nonSpeech.has(tokens[start]?.lower ?? '')) return undefined
  const forward = {first: start, last: ceil}
  const opensQuote = tokens[start] && quoted(tokens[start]!.end - 1) && !tokens[start]!.word
  if ((!cue.weak || that || ((cue.base === 'ask' || cue.base === 'urge') && tokens[start]?.lower === 'to')) && !cue.gerund && enough(forward) && !opensQuote) {
    // "Police, Sinclair says, have no policies": the words before the speaker belong too.
    const pieces = [forward]
    const lead = speaker.mention.first
    if (tokens[lead - 1]?.text === ',' && tokens[after]?.text === ',' && enough({first, last: lead - 1})) pieces.unshift({first, last: lead - 1})
    return {reading: speaker, pieces}
  }
  if (cue.gerund || cue.weak) return undefined
  // "…, X said." — the speaker and cue end the sentence.
  if (start < ceil) return undefined
  const lead = speaker.role && speaker.role.first < speaker.mention.first ? speaker.role.first : speaker.mention.first
  if (tokens[lead - 1]?.text !== ',') return undefined
  const piece = {first, last: lead - 1}
  if (!enough(piece)) return undefined
  if (quoted(tokens[piece.first]!.start) && quoted(tokens[piece.last - 1]!.start)) return undefined
  return {reading: speaker, pieces: [piece]}
}

/** `…, said Subhan Mesbah, the deputy head of …`: a name right after the cue, ending the sentence or followed by a comma. */
function invertedReading(tokens: readonly Token[], cue: Cue, ceil: number): SpeakerReading | undefined {
  const reading = speakerAfterCue(tokens, cue, ceil)
  if (!reading) return undefined
  const end = reading.role ? reading.role.last : reading.mention.last
  return end >= ceil || tokens[end]?.text === ',' ? reading : undefined
}

/** Resolve a speaker reading to a referent, adding an appositive role. */
function resolveWith(registry: SpeakerRegistry, text: string, tokens: readonly Token[], reading: SpeakerReading, speaking: boolean): Referent | undefined {
  const info: MentionInfo = classifyMention(text, tokens, reading.mention)
  const referent = registry.resolve(info, speaking)
  if (referent && reading.role) {
    let last = reading.role.last
    while (last > reading.role.first && !tokens[last - 1]!.word && tokens[last - 1]!.text !== ')') last--
    if (last > reading.role.first) registry.addRole(referent, text.slice(tokens[reading.role.first]!.start, tokens[last - 1]!.end))
  }
  return referent
}

function toQuote(draft: Draft, block: SourceText, tokens: readonly Token[], locator: Locator): Quote {
  const at = (start: number, end: number) => locator.position(block.offsetAt(start), block.offsetAt(end))
  const phrase = (range: TokenRange): Phrase => {
    const start = tokens[range.first]!.start
    const end = tokens[range.last - 1]!.end
    return {text: block.text.slice(start, end), position: at(start, end)}
  }
  const base = {kind: draft.kind, text: block.text.slice(draft.start, draft.end), position: at(draft.start, draft.end)}
  const referent = draft.referent
  if (!referent) return base
  const speaker: Speaker = {
    name: referent.name,
    ...(referent.role ? {role: referent.role} : {}),
    kind: referent.kind,
    ...(draft.mention && !draft.floating ? {mention: phrase(draft.mention)} : {})
  }
  return {
    ...base,
    attribution: {
      speaker,
      ...(draft.cue && !draft.floating ? {cue: phrase(draft.cue)} : {}),
      ...(draft.addressee && !draft.floating ? {addressee: phrase(draft.addressee)} : {})
    }
  }
}

function summarize(drafts: readonly Draft[]): SpeakerSummary[] {
  const summaries = new Map<Referent, {count: number}>()
  drafts.forEach((draft) => {
    if (!draft.referent) return
    const entry = summaries.get(draft.referent)
    if (entry) entry.count++
    else summaries.set(draft.referent, {count: 1})
  })
  return [...summaries].map(([referent, {count}]) => ({
    name: referent.name,
    ...(referent.role ? {role: referent.role} : {}),
    kind: referent.kind,
    aliases: [...new Set([referent.name, ...referent.aliases])],
    quotes: count
  }))
}
