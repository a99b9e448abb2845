import {describe} from '../options.js'
import type {Article, Quote, SpeakerSummary} from '../types.js'
import {groupEntities} from './group-entities.js'

/** Options for {@link toText}. */
export interface TextReportOptions {
  /**
   * Width that long values are cut to, in characters; a number, held to
   * 40–1000 (`Infinity` gives 1000).
   *
   * @default 100
   */
  readonly width?: number
}

/**
 * Render an {@link Article} as a readable plain-text report: headline, byline,
 * dateline, captions, sections with paragraph counts, credits, a quotes table,
 * the speakers (quote counts, kinds, roles), the entities by kind and the
 * messages. Meant for people, not for parsing.
 *
 * @param article An article from `parseArticle`.
 * @param options See {@link TextReportOptions}.
 * @returns The report, ending in a newline.
 * @throws {TypeError} When `options` is not an object or `width` is not a number.
 *
 * @example
 *   console.log(toText(parseArticle(text)))
 */
export function toText(article: Article, options: TextReportOptions = {}): string {
  const width = reportWidth(options)
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

  if (article.speakers.length > 0) {
    lines.push('', `Speakers (${article.speakers.length})`)
    lines.push(...speakerTable(article.speakers, width))
  }

  const groups = groupEntities(article.entities)
  if (groups.length > 0) {
    lines.push('', `Entities (${article.entities.length})`)
    for (const group of groups) {
      const names = group.entities.map((entity) => (entity.mentions.length > 1 ? `${entity.name} ×${entity.mentions.length}` : entity.name))
      lines.push(...wrapList(`  ${`${group.label} (${group.entities.length})`.padEnd(18)}`, names, width))
    }
  }

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
  return [
    `  ${'kind'.padEnd(9)}${fit('speaker', speakerWidth)} ${fit('cue', cueWidth)} words`,
    ...rows.map(([kind, speaker, cue, text]) => `  ${kind.padEnd(9)}${fit(speaker, speakerWidth)} ${fit(cue, cueWidth)} ${cutTo(text.replace(/\s+/g, ' '), textWidth)}`)
  ]
}

function speakerTable(speakers: readonly SpeakerSummary[], width: number): string[] {
  const nameWidth = Math.min(28, Math.max(7, ...speakers.map((speaker) => speaker.name.length)))
  const roleWidth = Math.max(10, width - nameWidth - 29)
  return [
    `  ${fit('speaker', nameWidth)} quotes kind         role`,
    ...speakers.map((speaker) =>
      `  ${fit(speaker.name, nameWidth)} ${String(speaker.quotes).padStart(6)} ${speaker.kind.padEnd(12)} ${cutTo(speaker.role?.replace(/\s+/g, ' ') ?? '', roleWidth)}`.trimEnd()
    )
  ]
}

/** `head` then the items joined by commas, wrapped at `width` under the first item. */
function wrapList(head: string, items: readonly string[], width: number): string[] {
  const lines: string[] = []
  let line = head
  items.forEach((item, index) => {
    const piece = index < items.length - 1 ? `${item},` : item
    if (line.length > head.length && line.length + 1 + piece.length > width) {
      lines.push(line)
      line = ' '.repeat(head.length)
    }
    line += line.length > head.length ? ` ${piece}` : piece
  })
  lines.push(line)
  return lines
}

/** Cut to `size` with an ellipsis, padded to `size`. */
function fit(value: string, size: number): string {
  return cutTo(value, size).padEnd(size)
}

/** Cut to at most `size` characters, the last one an ellipsis when cut. */
function cutTo(value: string, size: number): string {
  return value.length > size ? `${value.slice(0, size - 1)}…` : value
}

/** The report width: a number, held to 40–1000. */
function reportWidth(options: unknown): number {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`news-anatomy: \`options\` must be an object, got ${describe(options)}`)
  }
  const {width = 100} = options as TextReportOptions
  if (typeof width !== 'number' || Number.isNaN(width)) throw new TypeError(`news-anatomy: \`options.width\` must be a number, got ${describe(width)}`)
  return Math.min(1000, Math.max(40, Math.floor(width)))
}
