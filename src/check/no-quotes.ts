import type {ArticleQuotes} from '../quotes/quote-article.js'

/** The quotes part of an article whose English-only stages were skipped: nothing found. */
export function noQuotes(): ArticleQuotes {
  return {quotes: [], speakers: [], entities: [], messages: []}
}
