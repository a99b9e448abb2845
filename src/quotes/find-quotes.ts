import {appositiveRole} from '../attribution/appositive-role.js'
import {classifyMention} from '../attribution/classify-mention.js'
import {cueAt} from '../attribution/cue-words.js'
import {findAddressee, findAskedBy} from '../attribution/find-addressee.js'
import {findNameRuns} from '../attribution/find-names.js'
import {documentNearCue} from '../attribution/find-issuing-document.js'
import {phraseAfter} from '../attribution/noun-phrase.js'
import {sentenceTopic} from '../attribution/sentence-topic.js'
import {type Referent, SpeakerRegistry} from '../attribution/speaker-registry.js'
import {blockTokens} from '../attribution/block-tokens.js'
import type {SourceText} from '../blocks/source-text.js'
import type {Locator} from '../locate.js'
import type {Token} from '../attribution/tokenize.js'
import {createMessage} from '../messages.js'
import type {AttributionEvidence, Message, Position, Quote, SpeakerSummary} from '../types.js'
import {attributeAfter, attributeBefore} from './attribute-direct.js'
import {attributeNextSentence} from './attribute-next-sentence.js'
import {boundedEnd} from './bounded-end.js'
import {askedQuestion} from './asked-question.js'
import {colonSpeaker} from './colon-cue.js'
import {colonStatement} from './colon-statement.js'
import {conjunctionBefore} from './conjunction-before.js'
import {findQuoteSpans, type QuoteSpan} from './find-quote-spans.js'
import {isQuotedTitle} from './is-quoted-title.js'
import {isTitleCase} from './is-title-case.js'
import {isOpeningDouble} from './quote-marks.js'
import {leadInCue} from './lead-in-cue.js'
import {isScareQuote} from './is-scare-quote.js'
import {quoteKind} from './quote-kind.js'
import {opensParticiple} from './opens-participle.js'
import {readIndirect} from './read-indirect.js'
import {forwardClause, fragmentReach} from './forward-clause.js'
import {resolveWith} from './resolve-reading.js'
import {sentenceEnds} from './sentence-ends.js'
import {isSubjectName, skipDateline, skipLeadingAdverbial} from './sentence-subject.js'
import {type Draft, summarize, toQuote} from './to-quote.js'
import {lowerBound, spanBefore} from './token-search.js'

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
  // Tokens are made block by block as each pass reads them (one block's at a time), not kept for the whole article.
  const tokensOf = blockTokens(blocks)
  /** Words the article writes in lower case somewhere: capitalised at a sentence's start they are not names. */
  const lowerWords = new Set<string>()
  let running: Draft | undefined
  let lastAttribution: {block: number; referent: Referent} | undefined
  /** The cue and speaker of a colon that ended the block before (`Lee continued:`), for a quotation opening this one. */
  let leadIn: (NonNullable<ReturnType<typeof leadInCue>> & {block: number; text: string; tokens: readonly Token[]}) | undefined

  // First learn every full name, so that surnames resolve wherever the full name stands.
  blocks.forEach((block, blockIndex) => {
    const tokens = tokensOf(blockIndex)
    for (const token of tokens) if (token.word && !token.capital) lowerWords.add(token.lower)
    // A title-case headline capitalises every word, so its runs are not names.
    if (!isTitleCase(tokens)) for (const run of findNameRuns(tokens)) registry.know(classifyMention(block.text, tokens, run))
  })

  blocks.forEach((block, blockIndex) => {
    const text = block.text
    const spans = findQuoteSpans(text)
    const tokens = tokensOf(blockIndex)
    const titleCase = isTitleCase(tokens)
    const spansOut = [...spans]
    const leadBefore = leadIn
    leadIn = undefined
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
    for (const [sentenceIndex, sentenceEnd] of ends.entries()) {
      const first = tokenAt(sentenceStart)
      let ceil = tokenAt(sentenceEnd)
      while (ceil > first && !tokens[ceil - 1]!.word && /[.!?]/.test(tokens[ceil - 1]!.text)) ceil--
      const inSentence: QuoteSpan[] = []
      while (spanCursor < spansOut.length && spansOut[spanCursor]!.start < sentenceEnd) {
        if (spansOut[spanCursor]!.start >= sentenceStart) inSentence.push(spansOut[spanCursor]!)
        spanCursor++
      }
      const usedCues = new Set<number>()
      /** Cues taken only by a fragment before them (`citing “…,” the aide said the …`): they may still report the clause after them. */
      const fragmentCues = new Set<number>()
      let hasCue = false
      /** Drafts made before this sentence: a sentence whose quotations all failed to make one may still be a colon cue. */
      const madeBefore = drafts.length

      inSentence.forEach((span, index) => {
        // `told “Morning Hour”`, `the book “The Long Road”`: a title in quotation marks is nobody's words.
        if (!titleCase && isQuotedTitle(tokens, tokenAt(span.start), tokenAt(span.end), first)) return
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
        let evidence: AttributionEvidence = 'said-after'
        const nextEnd = ends[sentenceIndex + 1]
        if (!found && !nextSpan && nextEnd !== undefined && /[?!]/.test(text[span.end - 1] ?? '') && text.slice(closeAt, sentenceEnd).trim() === '') {
          // “Is the pier open?” Lee asked.: the attribution opens the next sentence.
          found = attributeNextSentence(tokens, tokenAt(sentenceEnd), tokenAt(nextEnd), titleCase)
          evidence = 'next-sentence'
        }
        if (found) {
          if (kind === 'partial' && !usedCues.has(found.cue.first) && tokenAt(span.end) - tokenAt(span.start) <= fragmentReach) fragmentCues.add(found.cue.first)
          else fragmentCues.delete(found.cue.first)
          usedCues.add(found.cue.first)
        }
        if (!found) {
          found = attributeBefore(tokens, beforeFirst, beforeLast, first, titleCase)
          evidence = 'said-before'
          if (found && kind === 'direct' && !found.cue.phrase) {
            usedCues.add(found.cue.first)
            fragmentCues.delete(found.cue.first)
          }
        }
        // "Pereira: “The plan is dead.”": a speaker and a colon that open the sentence right before the quotation.
        const colon = !found && !previous ? colonSpeaker(text, tokens, skipDateline(tokens, first, ceil), beforeLast + 1, quoted, (name) => registry.knows(name)) : undefined
        if (colon && colon.colon === beforeLast - 1) {
          found = {reading: {mention: colon.mention}, cue: {base: ':', first: colon.colon, last: beforeLast, gerund: false, weak: false, addressee: false, phrase: false}}
          evidence = 'colon-cue'
        }
        // "Lee continued:" ending the paragraph before, then a paragraph that opens with this quotation.
        const lead = !found && beforeLast === 0 && span.open === 0 ? leadBefore : undefined
        const leadReferent = lead && resolveWith(registry, lead.text, lead.tokens, lead.reading, true)
        if (leadReferent) Object.assign(draft, {referent: leadReferent, mention: lead.reading.mention, cue: lead.cue, from: lead.block, evidence: 'said-before'})
        if (found) {
          hasCue = true
          // With the speaker after the cue ("asks editor Ana Pereira"), the words there name no addressee.
          const inverted = found.reading.mention.first >= found.cue.last
          const addressee = found.cue.addressee ? (inverted ? undefined : findAddressee(tokens, found.cue.last, ceil)) : findAskedBy(tokens, first, found.cue.first)
          const referent = resolveWith(registry, text, tokens, found.reading, true, addressee)
          const issued = referent && documentNearCue(tokens, found.cue, first, ceil)
          if (referent && issued) registry.issued(issued, referent)
          if (referent) {
            Object.assign(draft, {referent, mention: found.reading.mention, cue: {first: found.cue.first, last: found.cue.last}, evidence: found.cue.phrase ? 'according-to' : evidence})
            if (addressee) draft.addressee = addressee
          }
        }
        if (!draft.referent && kind === 'partial' && !draft.chain) {
          // A fragment with no cue: the sentence's subject, when it is a known source, or no quote at all.
          let clause = beforeLast
          while (clause > first && beforeLast - clause < 40 && tokens[clause - 1]!.text !== ',') clause--
          if (isScareQuote(tokens, tokenAt(span.start), tokenAt(span.end), clause, beforeLast, titleCase)) return
          // `called it “unfair” for the students “to be dragged through the mud”`: a chain of fragments after one cue.
          const earlier = blockDrafts.at(-1)
          if (earlier && earlier.cue && earlier.referent && earlier.start >= sentenceStart && earlier.kind !== 'indirect') {
            Object.assign(draft, {referent: earlier.referent, mention: earlier.mention, cue: earlier.cue, evidence: 'same-cue'})
            if (earlier.addressee) draft.addressee = earlier.addressee
            blockDrafts.push(draft)
            drafts.push(draft)
            return
          }
          const subject = phraseAfter(tokens, skipLeadingAdverbial(tokens, clause, ceil), beforeLast)
          const info = subject && classifyMention(text, tokens, subject)
          const referent = info && (info.kind === 'person' || info.kind === 'pronoun' || info.kind === 'organization') ? registry.resolve(info, true) : undefined
          if (!referent) return
          Object.assign(draft, {referent, mention: subject, evidence: 'sentence-subject'})
        }
        blockDrafts.push(draft)
        drafts.push(draft)
      })

      // Reported speech: cues outside quotation marks with a reported clause.
      for (let index = first; index < ceil; index++) {
        if (quoted(tokens[index]!.start)) continue
        // "Asked whether …, Lee said", "Lee was asked about …": a question whose asker is not named, reported with no speaker.
        const question = askedQuestion(tokens, index, first, ceil)
        if (question) {
          const start = tokens[question.first]!.start
          const end = tokens[question.last - 1]!.end
          const draft: Draft = {block: blockIndex, kind: 'indirect', start, end}
          // "When asked by a reporter whether …": the asker is named after "by".
          const referent = question.asker && resolveWith(registry, text, tokens, {mention: question.asker}, true)
          if (referent) Object.assign(draft, {referent, mention: question.asker, cue: {first: index, last: index + 1}, evidence: 'reported-speech'})
          else messages.push(unattributedQuote(positionOf(start, end)))
          drafts.push(draft)
          index = question.last - 1
          continue
        }
        const cue = cueAt(tokens, index, titleCase)
        if (!cue) continue
        // A quotation's cue reports nothing more, unless words before it end at "…, Lee said, adding “…”".
        const afterFragment = fragmentCues.has(index)
        if (usedCues.has(index) && !afterFragment && !opensParticiple(tokens, cue.last + 1)) continue
        const read = readIndirect(text, tokens, cue, first, ceil, quoted)
        // After a fragment's cue only the clause that follows the cue is reported (`… the aide said the pier is safe`).
        const reported = read && afterFragment && !opensParticiple(tokens, cue.last + 1) ? forwardClause(read, tokens, cue.last) : read
        if (!reported) continue
        hasCue = true
        const addressee = cue.addressee ? findAddressee(tokens, cue.last, ceil) : undefined
        const referent = resolveWith(registry, text, tokens, reported.reading, true, addressee)
        if (!referent) continue
        const issued = documentNearCue(tokens, cue, first, ceil)
        if (issued) registry.issued(issued, referent)
        for (const piece of reported.pieces) {
          const draft: Draft = {block: blockIndex, kind: 'indirect', start: tokens[piece.first]!.start, end: tokens[piece.last - 1]!.end, referent, mention: reported.reading.mention, cue: {first: cue.first, last: cue.last}, evidence: reported.evidence}
          if (addressee) draft.addressee = addressee
          drafts.push(draft)
        }
        // "Lee said the pier was shut and said …": the sentence's earlier reported words end where this attribution joins on.
        const join = conjunctionBefore(tokens, cue, first)
        if (join !== undefined) {
          const at = tokens[join]!.start
          // (Quotation drafts hold no conjunction outside their marks.)
          const cut = tokens[join - (tokens[join - 1]!.text === ',' ? 2 : 1)]!.end
          for (let later = madeBefore; later < drafts.length; later++) {
            const earlier = drafts[later]!
            if (earlier.start < at && at < earlier.end) earlier.end = cut
          }
        }
        index = cue.last - 1
      }

      // "Harbour Board: Ferry fares will rise", "Lee: Plan is a ‘failure’": a speaker, a colon and what was said;
      // "The mayor put it plainly: the plan is dead": the frame before the colon is the cue.
      const colon = !hasCue && drafts.length === madeBefore ? colonStatement(text, tokens, skipDateline(tokens, first, ceil), ceil, quoted, (name) => registry.knows(name)) : undefined
      if (colon) {
        const referent = resolveWith(registry, text, tokens, {mention: colon.mention}, true)
        if (referent) {
          hasCue = true
          drafts.push({block: blockIndex, kind: 'indirect', start: tokens[colon.piece.first]!.start, end: tokens[colon.piece.last - 1]!.end, referent, mention: colon.mention, cue: colon.cue, evidence: 'colon-cue'})
        }
      }

      if (!hasCue && !titleCase) {
        // Keep track of who the sentence is about, for pronouns later on.
        const subject = sentenceTopic(tokens, skipDateline(tokens, first, ceil), ceil)
        if (subject && isSubjectName(tokens, subject, lowerWords)) {
          const info = classifyMention(text, tokens, subject)
          const referent = (info.kind !== 'pronoun' && info.proper) || info.kind === 'document' ? registry.resolve(info, false) : undefined
          // "Tom Ruiz, a Lakeside councillor, met …": the role set off after the name, for "the councillor" later.
          const role = referent?.kind === 'person' ? appositiveRole(tokens, subject.last, ceil) : undefined
          if (referent && role) registry.addRole(referent, text.slice(tokens[role.first]!.start, tokens[role.last - 1]!.end))
        }
      }
      if (sentenceIndex === ends.length - 1) {
        const found = inSentence.length ? undefined : leadInCue(text, tokens, first, ceil, (name) => registry.knows(name))
        leadIn = found && {...found, block: blockIndex, text, tokens}
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
        Object.assign(draft, {referent: draft.chain.referent, floating: true, evidence: 'running-quote'})
      } else if (!draft.referent) {
        const referent = previous ?? laterOf[index]
        if (referent) Object.assign(draft, {referent, floating: true, evidence: previous ? 'running-quote' : 'next-quote'})
        else messages.push(unattributedQuote(positionOf(draft.start, draft.end)))
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

  // Each quote is made while its block's tokens are at hand (drafts are in block order here), with its mention's offsets.
  const made = drafts.map((draft) => {
    // A lead-in paragraph's cue and speaker stand in the block before (`from`).
    const block = draft.from ?? draft.block
    const tokens = tokensOf(block)
    const quote = toQuote(draft, blocks[draft.block]!, tokens, locator, blocks[block])
    const mention = draft.mention && {block, start: tokens[draft.mention.first]!.start, end: tokens[draft.mention.last - 1]!.end}
    return {draft, quote, mention}
  })
  // Input order, which is not block order when a paragraph stands before the headline.
  made.sort(({draft: a}, {draft: b}) => blocks[a.block]!.offsetAt(a.start) - blocks[b.block]!.offsetAt(b.start) || a.block - b.block || a.start - b.start)
  const quotes = made.map(({quote}) => quote)
  // The tagger reads around each source's first mention only (and around addressees), to stay cheap.
  const tagged = new Set<Referent>()
  for (const {draft, mention} of made) {
    if (!mention || draft.floating || !draft.referent || tagged.has(draft.referent)) continue
    tagged.add(draft.referent)
    const {block} = mention
    const text = blocks[block]!.text
    const start = Math.max(0, mention.start - windowReach)
    const end = Math.min(text.length, mention.end + windowReach)
    const last = windows.at(-1)
    if (last && last.block === block && last.end >= start) last.end = Math.max(last.end, end)
    else windows.push({block, start, end})
  }
  return {quotes, speakers: summarize(made.map(({draft}) => draft)), messages, windows}
}

/** The message for a quote that no rule gave a speaker. */
function unattributedQuote(place: Position): Message {
  return createMessage('Quote with no speaker named before, after or around it', 'unattributed-quote', place)
}
