import nlp from 'compromise/two'
import {readHtmlArticle} from './blocks/html/read-html.js'
import {readMarkdownArticle} from './blocks/markdown/read-markdown.js'
import type {MarkupReaders} from './blocks/read-markup.js'
import {provideCompromise} from './entities/compromise-slot.js'
import {parseArticleWith} from './parse-article-with.js'
import type {Article, ParseOptions} from './types.js'

const allReaders: MarkupReaders = {entry: 'news-anatomy', html: readHtmlArticle, markdown: readMarkdownArticle}

/**
 * Read a news article and return its anatomy.
 *
 * Never throws for any string: odd content yields what can be found plus
 * `messages`. Throws a `TypeError` for a caller's mistake.
 *
 * Reads every format and brings the name tagger, so `entities` can be read at
 * once; the light entries (`news-anatomy/text`, `/html`, `/markdown`) bring
 * less and start faster.
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
  provideCompromise(nlp)
  return parseArticleWith(allReaders, text, options)
}
