import type {Attribution, Quote} from '../types.js'

/**
 * An attribution with the fields a newer version of the attribution stage may
 * add (`evidence`, `confidence`); both optional, so the report reads either.
 */
type DetailedAttribution = Attribution & {readonly evidence?: unknown; readonly confidence?: unknown}

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
  const attribution = quote.attribution as DetailedAttribution | undefined
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
    for (const item of evidenceItems(evidence)) lines.push({label: 'Evidence', value: item})
  }
  return lines
}

/** Evidence of any shape as short readable strings (strings as they are, objects as `key: value` pairs). */
function evidenceItems(evidence: unknown): string[] {
  if (evidence === undefined || evidence === null) return []
  const items = Array.isArray(evidence) ? evidence : [evidence]
  return items.slice(0, 8).map(describeValue).filter((item) => item !== '')
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value && typeof value === 'object') {
    const parts = Object.entries(value as Record<string, unknown>)
      .map(([key, field]) => [key, scalar(field)] as const)
      .filter(([, field]) => field !== '')
      .map(([key, field]) => `${key}: ${field}`)
    return parts.join(', ')
  }
  return ''
}

/** A field as text: scalars as they are, a phrase (`{text, position}`) as its text, anything else left out. */
function scalar(field: unknown): string {
  if (typeof field === 'string') return field
  if (typeof field === 'number' || typeof field === 'boolean') return String(field)
  if (field && typeof field === 'object' && typeof (field as {text?: unknown}).text === 'string') return (field as {text: string}).text
  return ''
}
