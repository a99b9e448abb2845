import {load} from './load.js'
import {parseArticle} from './parse-article.js'
import type {Article, ParseOptions} from './types.js'

export {parseArticle} from './parse-article.js'
export {load} from './load.js'
export type * from './public-types.js'
export {toMarkdown} from './report/to-markdown.js'
export {toText} from './report/to-text.js'
export {toHtml} from './report/to-html.js'
export {articleJsonChunks} from './article-json-chunks.js'

/**
 * {@link parseArticle}, as a promise: the same article, with everything it
 * needs loaded first. From `news-anatomy` everything is loaded already; the
 * same function in the light entries loads the name tagger first, so code
 * written against it works with every entry.
 *
 * @throws {TypeError} (as a rejection) Like `parseArticle`.
 * @example
 *   const article = await parseArticleAsync('Headline here\n\nFirst paragraph.')
 */
export async function parseArticleAsync(text: string, options?: ParseOptions): Promise<Article> {
  await load()
  return parseArticle(text, options)
}
