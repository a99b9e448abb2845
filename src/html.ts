/**
 * `news-anatomy/html`: the light entry for html input. It brings only the
 * readers it needs and loads the name tagger (compromise) on demand, so a
 * bundle of it stays small and starts fast.
 *
 * @packageDocumentation
 */
import {readHtmlArticle} from './blocks/html/read-html.js'
import type {MarkupReaders} from './blocks/read-markup.js'
import {load} from './load.js'
import {parseArticleWith} from './parse-article-with.js'
import type {Article, ParseOptions} from './types.js'

export {load} from './load.js'
export type * from './public-types.js'
export {toMarkdown} from './report/to-markdown.js'
export {toText} from './report/to-text.js'
export {toHtml} from './report/to-html.js'
export {articleJsonChunks} from './article-json-chunks.js'

const readers: MarkupReaders = {entry: 'news-anatomy/html', html: readHtmlArticle}

/**
 * Read a news article and return its anatomy, like `parseArticle` from
 * `news-anatomy`, reading HTML and plain text; `format` may be `'auto'`, `'html'` or `'text'` (Markdown detected by `auto` is read as plain text with a `reader-not-loaded` message).
 *
 * `article.entities` needs the name tagger: call `await load()` once first
 * (or use {@link parseArticleAsync}); reading it before throws a `TypeError`
 * that says so. Everything else is there at once.
 *
 * @throws {TypeError} When `text` is not a string, `options` are invalid,
 *   or `options.format` names a format this entry does not read.
 * @example
 *   import {parseArticle} from 'news-anatomy/html'
 *   parseArticle('<h1>Headline here</h1><p>First paragraph of the story.</p>').headline?.text // 'Headline here'
 */
export function parseArticle(text: string, options?: ParseOptions): Article {
  return parseArticleWith(readers, text, options)
}

/**
 * {@link parseArticle} once the name tagger is loaded, so `entities` can be
 * read at once.
 *
 * @throws {TypeError} (as a rejection) Like `parseArticle`.
 * @example
 *   const article = await parseArticleAsync('<h1>Headline here</h1><p>First paragraph of the story.</p>')
 *   article.entities
 */
export async function parseArticleAsync(text: string, options?: ParseOptions): Promise<Article> {
  await load()
  return parseArticle(text, options)
}
