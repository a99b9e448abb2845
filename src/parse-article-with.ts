import {groupRepeats} from './blocks/group-repeats.js'
import {joinContinuedLines} from './blocks/join-continued-lines.js'
import {pickFormat} from './blocks/pick-format.js'
import {readMarkup, type MarkupReaders} from './blocks/read-markup.js'
import {splitLines} from './blocks/split-lines.js'
import {createLocator} from './locate.js'
import {describe, resolveOptions} from './options.js'
import {quoteArticle, withQuotes} from './quotes/quote-article.js'
import {buildStructure} from './structure/build-article.js'
import {labelUnits} from './structure/label-units.js'
import type {Article, ParseOptions} from './types.js'

/**
 * The pipeline behind every entry's `parseArticle`, with the markup readers
 * that entry brings (`news-anatomy` both, the light entries one or none, so a
 * bundle of a light entry leaves the other parsers out). Imports no parser
 * and not compromise: the entries bring them.
 *
 * @param readers The HTML and Markdown readers available.
 * @param text The article (see `parseArticle`).
 * @param options See {@link ParseOptions}.
 * @throws {TypeError} When `text` is not a string, `options` are invalid, or
 *   `options.format` names a format `readers` cannot read.
 */
export function parseArticleWith(readers: MarkupReaders, text: string, options?: ParseOptions): Article {
  if (typeof text !== 'string') {
    throw new TypeError(`news-anatomy: \`text\` must be a string, got ${describe(text)}`)
  }
  const {format} = resolveOptions(options)
  const locator = createLocator(text)
  // HTML and Markdown: decoded text whose positions point into the markup.
  const picked = pickFormat(text, format, readers)
  const marked = readMarkup(text, picked.format, locator, readers)
  let structure
  if (marked) {
    structure = marked.structure
  } else {
    const units = groupRepeats(joinContinuedLines(splitLines(text), text))
    const labels = labelUnits(units)
    structure = buildStructure(units, labels, locator)
  }
  const {messages: found, ...rest} = structure
  const messages = picked.message ? [picked.message, ...found] : found
  return withQuotes({...rest, ...(marked?.published ? {published: marked.published} : {})}, quoteArticle(structure, text, locator, marked?.paragraphs), messages)
}
