import type {ArticleQuotes} from '../quotes/quote-article.js'

/** The quotes part of an article whose English-only stages were skipped: nothing found, nothing for the entity stage to read. */
export function noQuotes(): ArticleQuotes {
  return {quotes: [], speakers: [], messages: [], sources: [], findings: {quotes: [], speakers: [], messages: [], windows: []}}
}
