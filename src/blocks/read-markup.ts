import type {Locator} from '../locate.js'
import {createMessage} from '../messages.js'
import type {ConcreteFormat} from './detect-format.js'
import type {MarkedArticle} from './html/assemble-article.js'
import {readHtmlArticle} from './html/read-html.js'
import {readMarkdownArticle} from './markdown/read-markdown.js'

/**
 * Read an HTML or Markdown input into an article's structure, with each
 * paragraph's text mapped back into the input; `undefined` for plain text,
 * which the line-based reader handles.
 *
 * Never throws: markup that cannot be read gives an empty article with a
 * fatal `unreadable-markup` message. The HTML tree is built without
 * recursion and the Markdown reader walks its tree with a stack; a tree walk
 * that still recurses can overflow the stack on elements nested a few
 * thousand deep, which is what this catches (and running out of memory).
 */
export function readMarkup(input: string, format: ConcreteFormat, locator: Locator): MarkedArticle | undefined {
  if (format === 'text') return undefined
  try {
    return format === 'html' ? readHtmlArticle(input, locator) : readMarkdownArticle(input, locator)
  } catch (error) {
    const reason = `Could not read the ${format === 'html' ? 'HTML' : 'Markdown'}: ${error instanceof Error ? error.message : String(error)}`
    return {
      structure: {captions: [], sections: [], credits: [], boilerplate: [], messages: [{...createMessage(reason, 'unreadable-markup'), fatal: true}]},
      paragraphs: []
    }
  }
}
