import {type SourceText, sliceSource} from '../blocks/source-text.js'
import {findEntities} from '../entities/find-entities.js'
import type {Locator} from '../locate.js'
import type {Block, Caption, Dateline, Entity, Message, Paragraph, Quote, Section, SpeakerSummary} from '../types.js'
import {findQuotes} from './find-quotes.js'

/** The quotes part of an {@link Article}. */
export interface ArticleQuotes {
  readonly quotes: Quote[]
  readonly speakers: SpeakerSummary[]
  readonly entities: Entity[]
  readonly messages: Message[]
}

/** The parts of a structure the quote finder reads. */
interface Readable {
  readonly headline?: Block
  readonly dek?: Block
  readonly sections: readonly Section[]
  readonly captions?: readonly Caption[]
  readonly dateline?: Dateline
}

/**
 * Find quotes, speakers and entities in an article's headline, dek and
 * paragraphs. `paragraphs` gives the paragraphs' text with its map into the
 * input when they were decoded from markup; otherwise each block's text is
 * its own slice of the input.
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
  if (paragraphs) sources.push(...paragraphs)
  else for (const section of structure.sections) section.paragraphs.forEach((paragraph: Paragraph) => add(paragraph))
  const found = findQuotes(sources, locator)
  let entities: Entity[] | undefined
  return {
    quotes: found.quotes,
    speakers: found.speakers,
    // The entity tagger (compromise) runs on first read only: a parse that never reads entities never pays for it.
    get entities() {
      entities ??= findEntities(sources, found, locator, captionSources(structure.captions ?? [], input), structure.dateline)
      return entities
    },
    messages: found.messages
  }
}

/**
 * Add the quotes part to an article's structure: `quotes`, `speakers`, a lazy
 * `entities` (enumerable, computed once on first read) and the messages of
 * both parts.
 */
export function withQuotes<T extends object>(structure: T, found: ArticleQuotes, messages: readonly Message[]): T & Omit<ArticleQuotes, 'messages'> & {messages: Message[]} {
  const article = {...structure, quotes: found.quotes, speakers: found.speakers} as T & Omit<ArticleQuotes, 'messages'> & {messages: Message[]}
  Object.defineProperty(article, 'entities', {enumerable: true, configurable: true, get: () => found.entities})
  Object.defineProperty(article, 'messages', {enumerable: true, configurable: true, writable: true, value: [...messages, ...found.messages]})
  return article
}

/** Captions as texts for the entity finder: each caption's first occurrence, a photographer's credit (`AP Photo/Jane Doe`) left out. */
function captionSources(captions: readonly Caption[], input: string): SourceText[] {
  const texts: SourceText[] = []
  for (const caption of captions) {
    const start = caption.position.start.offset
    if (input.slice(start, caption.position.end.offset) !== caption.text) continue
    const credit = caption.credit && /\bphoto\b|\//i.test(caption.credit) ? caption.text.lastIndexOf(caption.credit) : -1
    texts.push(sliceSource(credit > 0 ? caption.text.slice(0, credit) : caption.text, start))
  }
  return texts
}
