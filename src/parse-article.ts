import {detectFormat} from './blocks/detect-format.js'
import {groupRepeats} from './blocks/group-repeats.js'
import {joinContinuedLines} from './blocks/join-continued-lines.js'
import {splitLines} from './blocks/split-lines.js'
import {createLocator} from './locate.js'
import {describe, resolveOptions} from './options.js'
import {buildStructure} from './structure/build-article.js'
import {readMarkup} from './blocks/read-markup.js'
import {labelUnits} from './structure/label-units.js'
import {articleEntities, withEntities} from './entities/article-entities.js'
import {quoteArticle, withQuotes} from './quotes/quote-article.js'
import type {Article, ParseOptions} from './types.js'

/**
 * Read a news article and return its anatomy.
 *
 * Never throws for any string: odd content yields what can be found plus
 * `messages`. Throws a `TypeError` for a caller's mistake.
 *
 * @param text The article: plain text (blocks separated by blank lines or single
 *   newlines), a whole HTML web page, or Markdown; see {@link ParseOptions.format}.
 * @param options See {@link ParseOptions}.
 * @returns The {@link Article}.
 * @throws {TypeError} When `text` is not a string or `options` are invalid.
 *
 * @example
 *   import {parseArticle} from 'news-anatomy'
 *   const article = parseArticle('Headline here\n\nFirst paragraph of the story.')
 *   article.headline?.text // 'Headline here'
 */
export function parseArticle(text: string, options?: ParseOptions): Article {
  if (typeof text !== 'string') {
    throw new TypeError(`news-anatomy: \`text\` must be a string, got ${describe(text)}`)
  }
  const {format} = resolveOptions(options)
  const locator = createLocator(text)
  // HTML and Markdown: decoded text whose positions point into the markup.
  const marked = readMarkup(text, format === 'auto' ? detectFormat(text) : format, locator)
  let structure
  if (marked) {
    structure = marked.structure
  } else {
    const units = groupRepeats(joinContinuedLines(splitLines(text), text))
    const labels = labelUnits(units)
    structure = buildStructure(units, labels, locator)
  }
  const {messages, ...rest} = structure
  const quoted = quoteArticle(structure, text, locator, marked?.paragraphs)
  const article = withEntities(withQuotes({...rest, ...(marked?.published ? {published: marked.published} : {})}, quoted), articleEntities(structure, quoted, text, locator))
  return Object.assign(article, {messages: [...messages, ...quoted.messages]})
}
