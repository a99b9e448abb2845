import type {TokenRange} from './noun-phrase.js'
import type {Token} from './tokenize.js'
import {clausesSet} from './word-sets.js'
import {articles as articleList} from '../lexicon/speaker-phrase-words.js'

/** How many tokens an appositive role may take (`a councillor for the Lakeside ward`). */
const maxTokens = 12
const articles = new Set(articleList)

/**
 * The role set off by commas right after a name (`Tom Ruiz, a Lakeside
 * councillor, met …` → `a Lakeside councillor`): from the token after the
 * comma at `after` to the next comma, when it opens with an article and holds
 * a lower-case word, and no clause word (`who`, `which`) or quotation mark.
 * So that a later `the councillor said` knows whom it describes, even when the
 * sentence that named the role reports nothing. Returns the role's tokens, or
 * `undefined`.
 *
 * @param tokens - The sentence's tokens.
 * @param after - The token after the name (its comma).
 * @param ceil - The token after the sentence's words.
 *
 * @example
 *   const tokens = tokenize('Tom Ruiz, a Lakeside councillor, met the board.')
 *   appositiveRole(tokens, 2, 9) // {first: 3, last: 6}
 */
export function appositiveRole(tokens: readonly Token[], after: number, ceil: number): TokenRange | undefined {
  if (tokens[after]?.text !== ',') return undefined
  const first = after + 1
  if (!articles.has(tokens[first]?.text.toLowerCase() ?? '')) return undefined
  let last = first + 1
  let lower = false
  while (last < ceil && last - first < maxTokens && tokens[last]!.text !== ',') {
    const token = tokens[last]!
    if (!token.word && token.text !== '-' && token.text !== '’' && token.text !== "'") return undefined
    if (token.word && clausesSet.has(token.lower)) return undefined
    if (token.word && !token.capital) lower = true
    last++
  }
  return tokens[last]?.text === ',' && lower ? {first, last} : undefined
}
