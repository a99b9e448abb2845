import type {Article, Quote} from '../types.js'

/** Options for {@link toText}. */
export interface TextReportOptions {
  /**
   * Width that long values are cut to, in characters.
   *
   * @default 100
   */
  readonly width?: number
}

/**
 * Render an {@link Article} as a readable plain-text report: headline, byline,
 * dateline, captions, sections with paragraph counts, credits, a quotes table
 * and the messages. Meant for people, not for parsing.
 *
 * @param article An article from `parseArticle`.
 * @param options See {@link TextReportOptions}.
 * @returns The report, ending in a newline.
 *
 * @example
 *   console.log(toText(parseArticle(text)))
 */
export function toText(article: Article, options: TextReportOptions = {}): string {
  const width = options.width ?? 100
  const cut = (value: string, size = width) => (value.length > size ? `${value.slice(0, size - 1)}…` : value)
  const lines: string[] = []
  const at = (position: {start: {line: number}}) => `line ${position.start.line}`

  lines.push(`Headline   ${article.headline ? cut(article.headline.text) : '(none)'}`)
  if (article.dek) lines.push(`Dek        ${cut(article.dek.text)}`)
  if (article.byline) lines.push(`Byline     ${article.byline.authors.join(', ')}`)
  if (article.dateline) {
    const {place, agency, date} = article.dateline
    lines.push(`Dateline   ${[place, date].filter(Boolean).join(', ')}${agency ? ` (${agency})` : ''}`)
  }

  lines.push('', `Sections (${article.sections.length})`)
  for (const section of article.sections) {
    const count = section.paragraphs.length
    const title = section.heading ? cut(section.heading.text, 60) : '(lead)'
    lines.push(`  ${title.padEnd(60)} ${String(count).padStart(3)} paragraph${count === 1 ? '' : 's'}`)
  }

  lines.push('', `Captions (${article.captions.length})`)
  for (const caption of article.captions) {
    const facts = [
      caption.file && 'file photo',
      caption.place,
      caption.date,
      caption.credit && `credit: ${caption.credit}`,
      caption.occurrences.length > 1 && `printed ${caption.occurrences.length}×`
    ].filter(Boolean)
    lines.push(`  ${at(caption.position).padEnd(9)} ${cut(caption.text, width - 12)}`)
    if (facts.length > 0) lines.push(`            ${facts.join(' · ')}`)
  }

  lines.push('', `Credits (${article.credits.length})`)
  for (const credit of article.credits) lines.push(`  ${credit.contributors.join(', ')}`)

  if (article.boilerplate.length > 0) {
    lines.push('', `Left out as page furniture (${article.boilerplate.length})`)
    lines.push(`  ${cut(article.boilerplate.map((block) => block.text).join(' · '))}`)
  }

  lines.push('', `Quotes (${article.quotes.length})`)
  if (article.quotes.length > 0) lines.push(...quoteTable(article.quotes, width))

  if (article.messages.length > 0) {
    lines.push('', `Messages (${article.messages.length})`)
    for (const message of article.messages) {
      const place = message.place ? `${message.place.start.line}:${message.place.start.column}` : '-'
      lines.push(`  ${place.padEnd(8)} ${message.reason}  [${message.ruleId}]`)
    }
  }

  return `${lines.join('\n')}\n`
}

function quoteTable(quotes: readonly Quote[], width: number): string[] {
  const rows = quotes.map((quote) => {
    const attribution = quote.attribution
    const speaker = attribution ? attribution.speaker.name : '(unattributed)'
    const cue = [attribution?.cue?.text, attribution?.addressee?.text].filter(Boolean).join(' ')
    return [quote.kind, speaker, cue, quote.text] as const
  })
  const speakerWidth = Math.min(24, Math.max(7, ...rows.map((row) => row[1].length)))
  const cueWidth = Math.min(18, Math.max(3, ...rows.map((row) => row[2].length)))
  const textWidth = Math.max(20, width - 12 - speakerWidth - cueWidth)
  const fit = (value: string, size: number) => (value.length > size ? `${value.slice(0, size - 1)}…` : value.padEnd(size))
  return [
    `  ${'kind'.padEnd(9)}${fit('speaker', speakerWidth)} ${fit('cue', cueWidth)} words`,
    ...rows.map(([kind, speaker, cue, text]) => `  ${kind.padEnd(9)}${fit(speaker, speakerWidth)} ${fit(cue, cueWidth)} ${fit(text.replace(/\s+/g, ' '), textWidth).trimEnd()}`)
  ]
}
