import type {Message} from '../types.js'
import type {ArticleLanguage} from './read-language.js'

/**
 * Give an article its `lang`, put `before` (what the input checks found)
 * ahead of its messages and the language's message after them. The article
 * is changed in place, not copied, so a lazy `entities` stays unread.
 */
export function withLanguage<T extends {messages: readonly Message[]}>(article: T, language: ArticleLanguage, before: readonly Message[]): T & {lang: string} {
  const messages = [...before, ...article.messages, ...(language.message ? [language.message] : [])]
  Object.defineProperty(article, 'messages', {enumerable: true, configurable: true, writable: true, value: messages})
  return Object.assign(article, {lang: language.lang})
}
