import type {TokenRange} from '../attribution/noun-phrase.js'
import type {Referent} from '../attribution/speaker-registry.js'
import type {Token} from '../attribution/tokenize.js'
import type {SourceText} from '../blocks/source-text.js'
import {wholeCharacters} from '../blocks/whole-characters.js'
import type {Locator} from '../locate.js'
import {attributionConfidence, mentionShape} from '../attribution/attribution-confidence.js'
import type {AttributionEvidence, Phrase, Quote, QuoteKind, Speaker, SpeakerSummary} from '../types.js'

/** A quote being built: offsets are into its block's text. */
export interface Draft {
  block: number
  kind: QuoteKind
  start: number
  end: number
  referent?: Referent
  mention?: TokenRange
  cue?: TokenRange
  addressee?: TokenRange
  /** The block of `mention` and `cue` when they stand in a lead-in paragraph before the quote's (`Lee continued:`). */
  from?: number
  /** Whether the attribution was inherited from an earlier quote (no cue, no mention of its own). */
  floating?: boolean
  /** Quotes of one running quotation share one attribution. */
  chain?: Draft
  /** The rule that found the attribution. */
  evidence?: AttributionEvidence
}


/**
 * The public {@link Quote} of a draft, with positions in the input and the attribution it carries;
 * `tokens` are those of `cueBlock`, the block of the mention, cue and addressee (the draft's own by default).
 */
export function toQuote(draft: Draft, block: SourceText, tokens: readonly Token[], locator: Locator, cueBlock = block): Quote {
  // Spans widened to whole input characters, so that each text decodes from its position's slice.
  const piece = (from: number, to: number, source = block) => {
    const [start, end] = wholeCharacters(source, from, to)
    return {text: source.text.slice(start, end), position: locator.position(source.offsetAt(start), source.offsetAt(end))}
  }
  const phrase = (range: TokenRange): Phrase => piece(tokens[range.first]!.start, tokens[range.last - 1]!.end, cueBlock)
  const base = {kind: draft.kind, ...piece(draft.start, draft.end)}
  const referent = draft.referent
  if (!referent) return base
  const speaker: Speaker = {
    name: referent.name,
    ...(referent.role ? {role: referent.role} : {}),
    kind: referent.kind,
    ...(draft.mention && !draft.floating ? {mention: phrase(draft.mention)} : {})
  }
  const evidence = draft.evidence ?? 'said-after'
  const shape = draft.mention && !draft.floating ? mentionShape(tokens, draft.mention) : 'none'
  // Keys written out, not `...base`: V8 gives each object spread and then extended a hidden class of its own.
  return {
    kind: base.kind,
    text: base.text,
    position: base.position,
    attribution: {
      speaker,
      evidence,
      confidence: attributionConfidence(evidence, shape, draft.kind),
      ...(draft.cue && !draft.floating ? {cue: phrase(draft.cue)} : {}),
      ...(draft.addressee && !draft.floating ? {addressee: phrase(draft.addressee)} : {})
    }
  }
}

/** Each speaker of the drafts once, in order of first quote, with its aliases and how many quotes it has. */
export function summarize(drafts: readonly Draft[]): SpeakerSummary[] {
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
