import type {Token} from '../attribution/tokenize.js'
import {determiners as determinerWords} from '../lexicon/function-words.js'

const determiners = new Set(determinerWords)

/** Prepositions that open a leftover phrase after a cue (`said in a newsletter`); "to" only before a determiner (`asked to leave`). */
const leftoverPrepositions = new Set(['in', 'on', 'at', 'for', 'from', 'with', 'during', 'after', 'before', 'about', 'over', 'under', 'into', 'by', 'of', 'since', 'through', 'across', 'against', 'among', 'amid', 'around', 'near', 'without', 'within', 'via'])

/** Units of a market or score move: `added 0.4 per cent`, `rose 40 points`. */
const moveUnits = new Set(['per', 'percent', '%', 'points', 'point', 'cents', 'cent', 'basis'])

/**
 * At most this many words after the cue make a prepositional leftover rather than a
 * reported clause that happens to open with a place or time (`said in 2019 the city lost money`).
 *
 * @default 10
 */
export const leftoverMaxWords = 10

/**
 * Whether the words after a cue, with no "that", are not reported speech:
 * a short prepositional leftover (`said in a newsletter`, `wrote to the board`, `did not
 * respond to a request for comment Friday afternoon`, `said exclusively for subscribers`),
 * an open question (`did not say whether the pier would reopen`) or a market figure
 * (`the index added 0.4 per cent to 9,870`).
 *
 * @param tokens - The sentence's tokens.
 * @param after - First token after the cue (and its addressee).
 * @param start - First token of the reported clause.
 * @param ceil - Token index where the sentence ends.
 *
 * @example
 *   isNonSpeechClause(tokenize('she said in a podcast'), 2, 2, 5) // true
 */
export function isNonSpeechClause(tokens: readonly Token[], after: number, start: number, ceil: number): boolean {
  const first = tokens[start]
  if (!first) return false
  let unit = after
  while (unit < after + 3 && isFigure(tokens[unit])) unit++
  if (unit > after && moveUnits.has(tokens[unit]?.lower ?? '') && endsMove(tokens, unit, ceil)) return true
  if (first.capital) return false
  // "did not say whether the pier would reopen": an open question, not something said.
  if (first.lower === 'whether') return true
  // "to" opens a phrase only before a determiner (`wrote to the board`), not before a verb (`asked to leave`).
  const toPhrase = first.lower === 'to' && determiners.has(tokens[start + 1]?.lower ?? '')
  const opensPhrase = toPhrase || leftoverPrepositions.has(first.lower) || (first.lower.endsWith('ly') && leftoverPrepositions.has(tokens[start + 1]?.lower ?? ''))
  if (!opensPhrase) return false
  let count = 0
  for (let index = start; index < ceil; index++) if (tokens[index]!.word) count++
  return count <= leftoverMaxWords
}

/** After the unit (`per cent`, `points`) the move goes on to a level or ends: `to 9,210`, `at 4,100`, `,`. */
function endsMove(tokens: readonly Token[], unit: number, ceil: number): boolean {
  const next = tokens[unit]?.lower === 'per' || tokens[unit]?.lower === 'basis' ? unit + 2 : unit + 1
  const token = tokens[next]
  return next >= ceil || token === undefined || !token.word || token.lower === 'to' || token.lower === 'at' || token.lower === 'from'
}

function isFigure(token: Token | undefined): boolean {
  return token !== undefined && /^[\d$€£.]/.test(token.text)
}
