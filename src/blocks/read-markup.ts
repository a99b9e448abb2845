import type {Locator} from '../locate.js'
import type {ConcreteFormat} from './detect-format.js'
import type {MarkedArticle} from './html/assemble-article.js'
import {readHtmlArticle} from './html/read-html.js'
import {readMarkdownArticle} from './markdown/read-markdown.js'

/**
 * Read an HTML or Markdown input into an article's structure, with each
 * paragraph's text mapped back into the input; `undefined` for plain text,
 * which the line-based reader handles.
 */
export function readMarkup(input: string, format: ConcreteFormat, locator: Locator): MarkedArticle | undefined {
  if (format === 'html') return readHtmlArticle(input, locator)
  if (format === 'markdown') return readMarkdownArticle(input, locator)
  return undefined
}
