import './lexicon/layout.js' // first: the word lists as one block at the bundle's front (see that file)
// The structure stage's imports before the others: the bundle lays the stages' code out in this order, and with the
// structure code first it is 0.43 KiB smaller (min+gzip) than in the order the stages run (scratch/bsize.mjs).
import {buildStructure} from './structure/build-article.js'
import {labelHybrid} from './structure/label-hybrid.js'
import {checkEncoding} from './check/check-encoding.js'
import {findBinary} from './check/find-binary.js'
import {noQuotes} from './check/no-quotes.js'
import {readLanguage} from './check/read-language.js'
import {unreadableArticle} from './check/unreadable-article.js'
import {withLanguage} from './check/with-language.js'
import {groupRepeats} from './blocks/group-repeats.js'
import {joinContinuedLines} from './blocks/join-continued-lines.js'
import {pickFormat} from './blocks/pick-format.js'
import {readMarkup, type MarkupReaders} from './blocks/read-markup.js'
import {splitLines} from './blocks/split-lines.js'
import {createLocator} from './locate.js'
import {describe, resolveOptions} from './options.js'
import {articleEntities, withEntities} from './entities/article-entities.js'
import {quoteArticle, withQuotes} from './quotes/quote-article.js'
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
  const {format, lang} = resolveOptions(options)
  const locator = createLocator(text)
  const binary = findBinary(text, locator)
  if (binary) return unreadableArticle(binary)
  // HTML and Markdown: decoded text whose positions point into the markup.
  const picked = pickFormat(text, format, readers)
  const marked = readMarkup(text, picked.format, locator, readers)
  let structure
  if (marked) {
    structure = marked.structure
  } else {
    const units = groupRepeats(joinContinuedLines(splitLines(text), text))
    // The layout rules label the text path, the fitted model settling the lines they leave to it (see ARCHITECTURE.md).
    const labels = labelHybrid(units)
    structure = buildStructure(units, labels, locator)
  }
  const {messages: read, ...rest} = structure
  const messages = picked.message ? [picked.message, ...read] : read
  const language = readLanguage(structure, lang, marked ? undefined : text)
  // Quotes and attribution, then entities: English-only stages, skipped for another language.
  const quoted = language.english ? quoteArticle(structure, text, locator, marked?.paragraphs) : noQuotes()
  const entities = language.english ? articleEntities(structure, quoted, text, locator) : () => []
  const page = {...(marked?.published ? {published: marked.published} : {}), ...(marked?.metadata ? {metadata: marked.metadata} : {})}
  const article = withEntities(withQuotes({...rest, ...page}, quoted), entities)
  return withLanguage(Object.assign(article, {messages: [...messages, ...quoted.messages]}), language, checkEncoding(text, locator))
}
