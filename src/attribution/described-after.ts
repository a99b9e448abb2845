import type {TokenRange} from './noun-phrase.js'
import type {Token} from './tokenize.js'
import {cueAt} from './cue-words.js'
import {clausesSet, determinersSet, prepositionsSet, pronounsSet} from './word-sets.js'
import {articles as articleList} from '../lexicon/speaker-phrase-words.js'

/** How many lower-case words the description may hold after its determiner (`the elderly woman`). */
const maxWords = 2
/** Only an article opens such a description: `said their stump speeches` is what was said, not who. */
const articles = new Set(articleList)

/**
 * The speaker after an inverted cue described by a noun no lexicon knows:
 * `said the woman, who …`, `said the teenager.`, `said the 45-year-old.` — an
 * article at `start`, one or two lower-case words, and then the clause's
 * end (punctuation, `ceil`, or a clause word such as "who"). Returns the
 * description, or `undefined`.
 *
 * @param tokens - The sentence's tokens.
 * @param start - The token after the cue.
 * @param ceil - The token after the sentence's words.
 *
 * @example
 *   const tokens = tokenize('“It is late,” said the woman, who lives nearby.')
 *   describedAfter(tokens, 7, 13) // {first: 7, last: 9}
 */
export function describedAfter(tokens: readonly Token[], start: number, ceil: number): TokenRange | undefined {
  const lead = tokens[start]
  if (!lead?.word || !articles.has(lead.lower)) return undefined
  let end = start + 1
  while (end < ceil && end - start <= maxWords) {
    const word = tokens[end]!
    if (!word.word || word.capital || clausesSet.has(word.lower) || prepositionsSet.has(word.lower) || determinersSet.has(word.lower) || pronounsSet.has(word.lower) || cueAt(tokens, end) !== undefined) break
    end++
  }
  if (end === start + 1) return undefined
  const next = tokens[end]
  return end >= ceil || !next || !next.word || (clausesSet.has(next.lower) && !next.capital) ? {first: start, last: end} : undefined
}
