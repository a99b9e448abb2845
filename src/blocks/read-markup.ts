import type {Locator} from '../locate.js'
import {createMessage} from '../messages.js'
import type {ConcreteFormat} from './detect-format.js'
import type {MarkedArticle} from './html/assemble-article.js'

/**
 * The markup readers an entry point brings (`news-anatomy` both, the light
 * entries one or none), so a bundle holds only the parsers it can use.
 */
export interface MarkupReaders {
  /** The entry's name, for messages: `news-anatomy/text`. */
  readonly entry: string
  /** Reads a web page. */
  readonly html?: (input: string, locator: Locator) => MarkedArticle
  /** Reads Markdown. */
  readonly markdown?: (input: string, locator: Locator) => MarkedArticle
}

/**
 * Read an HTML or Markdown input into an article's structure, with each
 * paragraph's text mapped back into the input; `undefined` for plain text,
 * which the line-based reader handles.
 *
 * Never throws: markup that cannot be read gives an empty article with a
 * fatal `unreadable-markup` message. The HTML tree is built and walked
 * without recursion and the Markdown reader walks its tree with a stack, so
 * nesting depth alone does not reach this; what it catches is a reader that
 * runs out of stack or memory all the same.
 */
export function readMarkup(input: string, format: ConcreteFormat, locator: Locator, readers: MarkupReaders): MarkedArticle | undefined {
  const reader = format === 'text' ? undefined : readers[format]
  if (!reader) return undefined
  try {
    return reader(input, locator)
  } catch (error) {
    const reason = `Could not read the ${format === 'html' ? 'HTML' : 'Markdown'}: ${error instanceof Error ? error.message : String(error)}`
    return {
      structure: {captions: [], sections: [], credits: [], boilerplate: [], messages: [{...createMessage(reason, 'unreadable-markup'), fatal: true}]},
      paragraphs: []
    }
  }
}
