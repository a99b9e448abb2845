import type {Article, Block, Quote, SpeakerSummary} from '../types.js'
import {groupEntities} from './group-entities.js'

/**
 * Re-write an {@link Article} as clean Markdown: the headline as a `#`
 * heading, the dek in italics, the byline, the body with its `##` section
 * headings, photo captions (in italics, where they stood in the article),
 * the credit lines, a table of the quotes with who said them, a table of the
 * speakers (kind, role, quote count) and the entities by kind.
 *
 * Page furniture and messages are left out. Every piece of text is escaped,
 * so a CommonMark reader gives back the article's words exactly (runs of
 * whitespace across lines become one space).
 *
 * @param article An article from `parseArticle`.
 * @returns Markdown text ending in a newline (empty for an empty article).
 *
 * @example
 *   import {parseArticle, toMarkdown} from 'news-anatomy'
 *   const markdown = toMarkdown(parseArticle('Headline here\n\nFirst paragraph of the story.'))
 *   // '# Headline here\n\nFirst paragraph of the story.\n'
 */
export function toMarkdown(article: Article): string {
  const blocks: string[] = []
  if (article.headline) blocks.push(`# ${escapeText(article.headline.text)}`)
  if (article.dek) blocks.push(`*${escapeText(article.dek.text)}*`)
  if (article.byline) blocks.push(escapeText(article.byline.text))

  const captions = [...article.captions].sort((a, b) => a.position.start.offset - b.position.start.offset)
  let next = 0
  const captionsBefore = (offset: number) => {
    while (next < captions.length && captions[next]!.position.start.offset < offset) {
      blocks.push(caption(captions[next]!))
      next++
    }
  }

  for (const section of article.sections) {
    if (section.heading) {
      captionsBefore(section.heading.position.start.offset)
      blocks.push(`## ${escapeText(section.heading.text)}`)
    }
    for (const paragraph of section.paragraphs) {
      captionsBefore(paragraph.position.start.offset)
      blocks.push(escapeText(paragraph.text))
    }
  }
  captionsBefore(Number.POSITIVE_INFINITY)

  for (const credit of article.credits) blocks.push(`*${escapeText(credit.text)}*`)
  if (article.quotes.length > 0) blocks.push('## Quotes', quoteTable(article.quotes))
  if (article.speakers.length > 0) blocks.push('## Speakers', speakerTable(article.speakers))
  const groups = groupEntities(article.entities)
  if (groups.length > 0) {
    const items = groups.map((group) => `- **${group.label}:** ${group.entities.map((entity) => escapeText(entity.name)).join(', ')}`)
    blocks.push('## Entities', items.join('\n'))
  }

  return blocks.length > 0 ? `${blocks.filter((block) => block.trim() !== '').join('\n\n')}\n` : ''
}

function caption(block: Block): string {
  return `*Photo: ${escapeText(block.text)}*`
}

function quoteTable(quotes: readonly Quote[]): string {
  const rows = quotes.map((quote) => {
    const attribution = quote.attribution
    return [
      quote.kind,
      attribution ? attribution.speaker.name : '',
      attribution?.speaker.role ?? '',
      [attribution?.cue?.text, attribution?.addressee?.text].filter(Boolean).join(' '),
      quote.text
    ]
  })
  const line = (cells: readonly string[]) => `| ${cells.map((cell) => escapeText(cell) || ' ').join(' | ')} |`
  return [line(['Kind', 'Speaker', 'Role', 'Cue', 'Words']), '| --- | --- | --- | --- | --- |', ...rows.map(line)].join('\n')
}

function speakerTable(speakers: readonly SpeakerSummary[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((cell) => escapeText(cell) || ' ').join(' | ')} |`
  const rows = speakers.map((speaker) => line([speaker.name, speaker.kind, speaker.role ?? '', String(speaker.quotes)]))
  return [line(['Speaker', 'Kind', 'Role', 'Quotes']), '| --- | --- | --- | ---: |', ...rows].join('\n')
}

/**
 * Escape text so Markdown reads it back as the same characters: one line,
 * every character with a meaning in CommonMark or GFM backslash-escaped where
 * it could take that meaning.
 */
function escapeText(text: string): string {
  // Each run of white space holding a line break becomes one space (`/\s*[\r\n]\s*/g` would rescan long runs).
  const line = text.replace(/\s+/g, (run) => (/[\r\n]/.test(run) ? ' ' : run)).trim()
  let escaped = ''
  for (let index = 0; index < line.length; index++) {
    const char = line[index]!
    if (always.has(char)) escaped += `\\${char}`
    else if (char === '_' && !(isWordChar(line[index - 1]) && isWordChar(line[index + 1]))) escaped += '\\_'
    else if (char === '#' && (index === 0 || /\s/.test(line[index - 1]!))) escaped += '\\#'
    else if (char === '&' && entityAhead.test(line.slice(index, index + 40))) escaped += '\\&'
    else escaped += char
  }
  // Block syntax that only counts at the start of a line: lists, quotes, breaks.
  return escaped.replace(/^([-+>])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2')
}

const always = new Set(['\\', '`', '*', '[', ']', '<', '|', '~'])
const entityAhead = /^&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{0,31});/

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char)
}
