import {type SourceText, sliceSource} from '../blocks/source-text.js'
import type {Locator} from '../locate.js'
import type {Block, Message, Paragraph, Quote, Section, SpeakerSummary} from '../types.js'
import {createMessage} from '../messages.js'
import {findQuotes, type QuoteFindings} from './find-quotes.js'
import {maxSourceLength, splitLongSource} from './split-long-source.js'

/** The quotes part of an {@link Article}, with what the entity stage reads after it. */
export interface ArticleQuotes {
  readonly quotes: Quote[]
  readonly speakers: SpeakerSummary[]
  readonly messages: Message[]
  /** The text blocks read (headline, dek, paragraphs), in reading order; a block longer than {@link maxSourceLength} as its pieces. */
  readonly sources: readonly SourceText[]
  /** Everything the quote finder found, for the entity stage. */
  readonly findings: QuoteFindings
}

/** The parts of a structure the quote finder reads. */
interface Readable {
  readonly headline?: Block
  readonly dek?: Block
  readonly sections: readonly Section[]
}

/**
 * Find quotes and speakers in an article's headline, dek and paragraphs.
 * `paragraphs` gives the paragraphs' text with its map into the input when
 * they were decoded from markup; otherwise each block's text is its own slice
 * of the input. A block longer than {@link maxSourceLength} is read in
 * pieces (see {@link splitLongSource}), with a `long-block` message, so the
 * working set stays bounded on any input.
 */
export function quoteArticle(structure: Readable, input: string, locator: Locator, paragraphs?: readonly SourceText[]): ArticleQuotes {
  const sources: SourceText[] = []
  const add = (block: Block | undefined) => {
    if (!block) return
    const start = block.position.start.offset
    if (input.slice(start, block.position.end.offset) === block.text) sources.push(sliceSource(block.text, start))
  }
  add(structure.headline)
  add(structure.dek)
  // A loop, not a spread: a page with more paragraphs than the engine's argument limit must not throw.
  if (paragraphs) for (const paragraph of paragraphs) sources.push(paragraph)
  else for (const section of structure.sections) section.paragraphs.forEach((paragraph: Paragraph) => add(paragraph))
  const pieces: SourceText[] = []
  const long: Message[] = []
  for (const source of sources) {
    if (source.text.length > maxSourceLength) {
      const place = locator.position(source.offsetAt(0), source.offsetAt(source.text.length))
      long.push(createMessage(`Block of ${source.text.length} characters: quotes and names are read in pieces of at most ${maxSourceLength}, so a quote across a cut is read as two`, 'long-block', place))
    }
    for (const piece of splitLongSource(source)) pieces.push(piece)
  }
  const found = findQuotes(pieces, locator)
  return {quotes: found.quotes, speakers: found.speakers, messages: [...long, ...found.messages], sources: pieces, findings: found}
}

/** Add the quotes part to an article's structure: `quotes` and `speakers` (the messages are the caller's to merge). */
export function withQuotes<T extends object>(structure: T, found: ArticleQuotes): T & {quotes: Quote[]; speakers: SpeakerSummary[]} {
  return {...structure, quotes: found.quotes, speakers: found.speakers}
}
