import type {Quote} from '../types.js'

/** One line of a quote's attribution: a label and its value, plain text. */
export interface AttributionLine {
  /** What the value is (`"Speaker"`, `"Cue"`). */
  readonly label: string
  /** The value, plain text (not escaped). */
  readonly value: string
}

/**
 * Describe who said a quote, line by line, for a tooltip: speaker, role,
 * speaker kind, cue, addressee, quote kind, and the attribution's confidence
 * and evidence when the article carries them.
 *
 * @param quote A quote of the article.
 * @returns The lines, in that order, leaving out what the quote lacks.
 */
export function describeAttribution(quote: Quote): AttributionLine[] {
  const attribution = quote.attribution
  const lines: AttributionLine[] = []
  if (!attribution) lines.push({label: 'Speaker', value: 'not attributed'}, {label: 'Kind', value: `${quote.kind} speech`})
  else {
    const {speaker, cue, addressee, confidence, evidence} = attribution
    lines.push({label: 'Speaker', value: speaker.name})
    if (speaker.role) lines.push({label: 'Role', value: speaker.role})
    lines.push({label: 'Source', value: speaker.kind})
    if (speaker.mention && speaker.mention.text !== speaker.name) lines.push({label: 'Named as', value: speaker.mention.text})
    if (cue) lines.push({label: 'Cue', value: cue.text})
    if (addressee) lines.push({label: 'To', value: addressee.text})
    lines.push({label: 'Kind', value: `${quote.kind} speech`})
    if (typeof confidence === 'number' && Number.isFinite(confidence)) lines.push({label: 'Confidence', value: confidence.toFixed(2)})
    if (evidence) lines.push({label: 'Evidence', value: evidence})
  }
  return lines
}
