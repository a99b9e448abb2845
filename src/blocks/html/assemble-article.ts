import type {Locator} from '../../locate.js'
import {createMessage} from '../../messages.js'
import {splitSentences} from '../../sentences/split-sentences.js'
import type {Structure} from '../../structure/build-article.js'
import {readByline} from '../../structure/find-byline.js'
import {readCredit} from '../../structure/find-credit.js'
import {readDateline} from '../../structure/find-dateline.js'
import {parseCaption} from '../../structure/parse-caption.js'
import {splitNames} from '../../structure/split-names.js'
import type {ArticleMetadata, Block, Caption, Paragraph, Position, Section} from '../../types.js'
import type {SourceText} from '../source-text.js'
import type {StoryBlock} from './collect-blocks.js'
import type {MappedText} from '../mapped-text.js'

/** A value with the input span it was read from. */
export interface PlacedText {
  /** The text (decoded, white space collapsed). */
  readonly text: string
  /** Input offset where the span starts. */
  readonly start: number
  /** Input offset where the span ends. */
  readonly end: number
}

/** What an HTML or Markdown reader found, before it becomes an article's structure. */
export interface MarkedDocument {
  /** The headline. */
  readonly headline?: PlacedText
  /** The standfirst. */
  readonly dek?: PlacedText
  /** The byline, with the authors' names when known (from metadata). */
  readonly byline?: PlacedText & {readonly authors?: readonly string[]}
  /** The publication date as stated. */
  readonly published?: PlacedText
  /** The story's paragraphs, headings and captions, in order. */
  readonly blocks: readonly StoryBlock[]
  /** What the page states about itself (HTML only). */
  readonly metadata?: ArticleMetadata
}

/** The structure of a marked-up article, and each paragraph's text with its offset map (for the quote rules). */
export interface MarkedArticle {
  /** Everything but quotes, speakers and entities. */
  readonly structure: Structure
  /** The publication date, when the page states one. */
  readonly published?: Block
  /** Every paragraph's text in order (section by section), mapping back into the input. */
  readonly paragraphs: readonly SourceText[]
  /** What the page states about itself (HTML only). */
  readonly metadata?: ArticleMetadata
}

/**
 * Turn the blocks an HTML or Markdown reader found into an article's
 * structure: sections under their headings, paragraphs split into sentences,
 * the dateline of the first paragraph, captions with their details, credit lines.
 *
 * Positions span the source of each text: from its first to its last
 * character, markup in between included.
 */
export function assembleArticle(document: MarkedDocument, locator: Locator): MarkedArticle {
  const place = (text: PlacedText): Block => ({text: text.text, position: locator.position(text.start, text.end)})
  const structure: Structure = {captions: [], sections: [], credits: [], boilerplate: [], messages: []}
  const paragraphs: SourceText[] = []
  if (document.headline) structure.headline = place(document.headline)
  if (document.dek) structure.dek = place(document.dek)
  if (document.byline) {
    const {authors} = document.byline
    structure.byline = {...place(document.byline), authors: authors && authors.length > 0 ? [...authors] : authorsOf(document.byline.text)}
  }

  let section: {heading?: Block; paragraphs: Paragraph[]} | undefined
  const captionsByText = new Map<string, {caption: Caption; occurrences: Position[]}>()
  for (const block of document.blocks) {
    const {text} = block
    const span = (start: number, end: number): Position => locator.position(text.offsetAt(start), text.offsetAt(end))
    if (block.kind === 'heading') {
      section = {heading: place(text), paragraphs: []}
      structure.sections.push(section)
      continue
    }
    if (block.kind === 'caption') {
      const seen = captionsByText.get(text.text)
      if (seen) {
        seen.occurrences.push(span(0, text.text.length))
        continue
      }
      const occurrences = [span(0, text.text.length)]
      const details = parseCaption(text.text)
      const credit = block.credit ? block.credit.replace(/^\((.*)\)$/, '$1').trim() : details.credit
      const caption: Caption = {...place(text), occurrences, ...details, ...(credit ? {credit} : {})}
      captionsByText.set(text.text, {caption, occurrences})
      structure.captions.push(caption)
      continue
    }
    const contributors = readCredit(text.text)
    if (contributors) {
      structure.credits.push({...place(text), contributors})
      continue
    }
    if (!section) {
      section = {paragraphs: []}
      structure.sections.push(section)
    }
    if (paragraphs.length === 0 && !structure.dateline) {
      const dateline = readDateline(text.text)
      if (dateline) {
        const {length, ...details} = dateline
        structure.dateline = {text: text.text.slice(0, length), position: span(0, length), ...details}
      }
    }
    // Keys written out, not `...place(text)`: V8 gives each object spread and then extended a hidden class of its own.
    const where = place(text)
    section.paragraphs.push({
      text: where.text,
      position: where.position,
      sentences: splitSentences(text.text).map(([start, end]) => ({text: text.text.slice(start, end), position: span(start, end)}))
    })
    paragraphs.push(text)
  }

  if (!structure.headline) {
    structure.messages.push(createMessage('No headline found: no top-level heading and no title in the metadata', 'no-headline'))
  }
  if (paragraphs.length === 0) {
    structure.messages.push(createMessage('No body paragraphs found', 'no-body'))
  }
  return {
    structure,
    paragraphs,
    ...(document.published ? {published: place(document.published)} : {}),
    ...(document.metadata ? {metadata: document.metadata} : {})
  }
}

function authorsOf(text: string): string[] {
  return readByline(text) ?? splitNames(text.replace(/^(?:by|written by)\s+/i, ''))
}

/** A {@link MappedText} as a {@link PlacedText}. */
export function placed(text: MappedText): PlacedText {
  return {text: text.text, start: text.start, end: text.end}
}
