import type {Phrase, Quote, Speaker, SpeakerSummary} from '../types.js'

/**
 * What the entity stage reads of the quote stage's findings: each attributed
 * quote's speaker (name, kind, mention) and addressee, and the distinct
 * speakers. The quote stage's findings are one.
 */
export interface SpeakerFindings {
  /** The quotes' attributions, in reading order. */
  readonly quotes: ReadonlyArray<{readonly attribution?: {readonly speaker: Omit<Speaker, 'role'>; readonly addressee?: Phrase}}>
  /** Each distinct speaker once. */
  readonly speakers: readonly SpeakerSummary[]
}

/**
 * A copy of what the entity stage reads of `found`, and nothing else (no
 * quote texts, cues, roles or windows), so a caller who edits the article's
 * quotes before reading `entities` changes nothing, and a large article keeps
 * a small copy rather than a second one of every quote.
 *
 * @example
 *   speakerFindings(found).quotes[0]?.attribution?.speaker.name // 'Ana Lowe'
 */
export function speakerFindings(found: {readonly quotes: readonly Quote[]; readonly speakers: readonly SpeakerSummary[]}): SpeakerFindings {
  const quotes: Array<SpeakerFindings['quotes'][number]> = []
  for (const quote of found.quotes) {
    const attribution = quote.attribution
    if (!attribution) continue
    const {name, kind, mention} = attribution.speaker
    const speaker = mention ? {name, kind, mention: phrase(mention)} : {name, kind}
    quotes.push({attribution: attribution.addressee ? {speaker, addressee: phrase(attribution.addressee)} : {speaker}})
  }
  return {quotes, speakers: structuredClone(found.speakers)}
}

function phrase(value: Phrase): Phrase {
  const {start, end} = value.position
  return {text: value.text, position: {start: {...start}, end: {...end}}}
}
