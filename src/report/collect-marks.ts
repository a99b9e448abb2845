import type {Article, Block, Position, Quote} from '../types.js'
import {describeAttribution} from './describe-attribution.js'
import {escapeHtml} from './escape-html.js'
import {htmlAttributes} from './html-attributes.js'
import type {Mark} from './render-marked.js'
import {speakerClass} from './speaker-class.js'

/** Nesting ranks: blocks outside, then quotes and datelines, then the phrases in them, then link targets. */
const blockRank = 0
const spanRank = 1
const phraseRank = 2
const targetRank = 3

/** What {@link collectMarks} needs to know beyond the article. */
export interface MarkContext {
  /** The input the positions point into. */
  readonly source: string
  /** Colour number of each speaker's canonical name. */
  readonly colours: ReadonlyMap<string, number>
  /** Whether a block at this position is shown in place (HTML metadata is shown apart); default: all are. */
  readonly inPlace?: (position: Position) => boolean
}

/**
 * Every element of the article as a {@link Mark} over the input: the blocks
 * (headline, dek, byline, publication date, each printing of each caption,
 * headings, paragraphs, credits, page furniture), the dateline, each quote
 * with its tooltip, the cue, addressee and speaker mention of each quote, the
 * caption's place, date and credit where they can be found in its text, and
 * link targets for the first mention of each entity and for each message.
 *
 * @param article The article.
 * @param context The input and the speakers' colours.
 * @returns The marks, in no particular order.
 */
export function collectMarks(article: Article, context: MarkContext): Mark[] {
  const marks: Mark[] = []
  const inPlace = context.inPlace ?? (() => true)
  const block = (part: Block | undefined, kind: string, label: string, extra: {tag?: string; id?: string} = {}) => {
    if (!part || !inPlace(part.position)) return
    marks.push(blockMark(part.position, kind, label, extra))
  }

  block(article.headline, 'headline', 'Headline')
  block(article.dek, 'dek', 'Dek')
  block(article.byline, 'byline', 'Byline')
  block(article.published, 'published', 'Published')
  article.captions.forEach((caption, index) => {
    const occurrences = caption.occurrences.length > 0 ? caption.occurrences : [caption.position]
    occurrences.forEach((position, printing) => {
      if (!inPlace(position)) return
      const label = `Caption${caption.file ? ' · file photo' : ''}${printing > 0 ? ' · printed again' : ''}`
      marks.push(blockMark(position, 'caption', label, printing === 0 ? {id: `caption-${index + 1}`} : {}))
      const text = context.source.slice(position.start.offset, position.end.offset)
      for (const [name, value] of [['place', caption.place], ['date', caption.date], ['credit', caption.credit]] as const) {
        const at = value ? text.indexOf(value) : -1
        if (value && at >= 0) {
          const start = position.start.offset + at
          marks.push({start, end: start + value.length, rank: phraseRank, attributes: htmlAttributes({class: `fact fact-${name}`, 'data-label': name, title: `caption ${name}`})})
        }
      }
    })
  })
  let paragraphs = 0
  for (const section of article.sections) {
    block(section.heading, 'heading', 'Heading')
    for (const paragraph of section.paragraphs) block(paragraph, 'paragraph', `¶ ${++paragraphs}`)
  }
  for (const credit of article.credits) block(credit, 'credit', 'Credit')
  for (const furniture of article.boilerplate) block(furniture, 'boilerplate', 'Page furniture', {tag: 's'})
  if (article.dateline) {
    marks.push({...spanMark(article.dateline.position, spanRank), attributes: htmlAttributes({class: 'dateline', 'data-label': 'Dateline', title: 'dateline'})})
  }

  const phrases = new Set<string>()
  article.quotes.forEach((quote, index) => marks.push(...quoteMarks(quote, index + 1, context.colours, phrases)))

  article.entities.forEach((entity, index) => {
    const first = entity.mentions[0]
    if (first) marks.push({...spanMark(first.position, targetRank), attributes: htmlAttributes({class: 'target', id: `entity-${index + 1}`})})
  })
  article.messages.forEach((message, index) => {
    if (message.place) marks.push({...spanMark(message.place, targetRank), attributes: htmlAttributes({class: 'target', id: `message-${index + 1}`})})
  })
  return marks
}

function spanMark(position: Position, rank: number): Omit<Mark, 'attributes'> {
  return {start: position.start.offset, end: position.end.offset, rank}
}

function blockMark(position: Position, kind: string, label: string, extra: {tag?: string; id?: string}): Mark {
  return {
    ...spanMark(position, blockRank),
    block: true,
    ...(extra.tag ? {tag: extra.tag} : {}),
    attributes: htmlAttributes({class: `part ${kind}`, id: extra.id, 'data-label': label}),
    laterAttributes: htmlAttributes({class: `part ${kind} continued`})
  }
}

/** The quote itself (focusable, with its tooltip) and its cue, addressee and speaker mention. */
function quoteMarks(quote: Quote, number: number, colours: ReadonlyMap<string, number>, phrases: Set<string>): Mark[] {
  const attribution = quote.attribution
  const colour = speakerClass(attribution ? (colours.get(attribution.speaker.name) ?? 0) : undefined)
  const lines = describeAttribution(quote)
  const said = attribution ? `by ${attribution.speaker.name}` : 'not attributed'
  const summary = lines.map((line) => `${line.label}: ${line.value}`).join('\n')
  const tip = `<span class="tip" role="tooltip" id="tip-${number}">${lines
    .map((line) => `<span class="tip-line"><span class="tip-label">${escapeHtml(line.label)}</span> ${escapeHtml(line.value)}</span>`)
    .join('')}</span>`
  const className = `q q-${quote.kind} ${colour}`
  const marks: Mark[] = [
    {
      ...spanMark(quote.position, spanRank),
      attributes: htmlAttributes({
        class: className,
        id: `quote-${number}`,
        tabindex: 0,
        role: 'note',
        'aria-label': `Quote ${number}, ${quote.kind}, ${said}`,
        'aria-describedby': `tip-${number}`,
        'data-speaker': attribution?.speaker.name
      }),
      laterAttributes: htmlAttributes({class: `${className} continued`, title: summary, 'data-speaker': attribution?.speaker.name}),
      tail: tip
    }
  ]
  const phrase = (part: Block | undefined, kind: string, title: string) => {
    if (!part) return
    const key = `${kind}:${part.position.start.offset}:${part.position.end.offset}`
    if (phrases.has(key)) return
    phrases.add(key)
    marks.push({...spanMark(part.position, phraseRank), attributes: htmlAttributes({class: `${kind} ${colour}`, title: `${title} (quote ${number})`})})
  }
  phrase(attribution?.cue, 'cue', 'cue')
  phrase(attribution?.addressee, 'addressee', 'addressee')
  phrase(attribution?.speaker.mention, 'mention', `speaker: ${attribution?.speaker.name ?? ''}`)
  return marks
}
