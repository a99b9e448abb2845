import type {Token} from './tokenize.js'
import {bare, documentsSet, timesSet} from './word-sets.js'

/** Words that lead or qualify a time after a document's participle (`released on Monday`, `published last week`). */
const timeLeads = new Set(['last', 'this', 'on', 'in', 'early', 'late', 'earlier', 'the'])

/**
 * Where a document's participle of time begins in a speaker's phrase: `A
 * report released Monday`, `a study published last week`, `the poll
 * conducted in May` — a document noun, a lower-case past participle, then only
 * words of time (weekdays, months, `last`, `this`, numbers, `on`, `in`). The
 * document is the speaker; the tail dates it. Returns the participle's index,
 * or `last` when the phrase has no such tail.
 *
 * @param tokens - The sentence's tokens.
 * @param first - The phrase's first token.
 * @param last - The token after the phrase.
 *
 * @example
 *   const tokens = tokenize('A report released Monday found')
 *   participleTail(tokens, 0, 4) // 2
 */
export function participleTail(tokens: readonly Token[], first: number, last: number): number {
  for (let index = first + 1; index < last - 1; index++) {
    const participle = tokens[index]!
    if (!documentsSet.has(bare(tokens[index - 1]!.lower)) || participle.capital || !participle.word || !/(?:ed|en)$/.test(participle.lower)) continue
    let rest = index + 1
    while (rest < last && isTimeWord(tokens[rest]!)) rest++
    if (rest === last) return index
  }
  return last
}

/** Whether a token only tells a time: a time word, a number, or `last`, `this`, `on`, `in`, `early`, `late`. */
function isTimeWord(token: Token): boolean {
  const lower = bare(token.lower)
  return timesSet.has(lower) || /^\d/.test(token.text) || timeLeads.has(lower)
}
