import {phraseAfter, type TokenRange} from './noun-phrase.js'
import type {Token} from './tokenize.js'
import {words} from './word-sets.js'

/**
 * Names that stand after "by" in a sentence, outside quotation marks: the
 * agent of a passive or the author of a work (`a study done by Harbourlink`,
 * `was approved by the Harbour Board`). Such a source is named in passing;
 * a later description (`the agency`) may stand for it. Only capitalised
 * phrases count, after an optional "the".
 *
 * @param tokens - The block's tokens.
 * @param first - The sentence's first token.
 * @param ceil - The token after the sentence.
 * @param quoted - Whether an offset lies inside quotation marks.
 *
 * @example
 *   const tokens = tokenize('The plan was drawn up by Harbourlink.')
 *   agentMentions(tokens, 0, 7, () => false) // [{first: 5, last: 6}]
 */
export function agentMentions(tokens: readonly Token[], first: number, ceil: number, quoted: (offset: number) => boolean): TokenRange[] {
  const found: TokenRange[] = []
  for (let index = first; index < ceil - 1; index++) {
    const token = tokens[index]!
    if (token.lower !== 'by' || token.capital || quoted(token.start)) continue
    const lead = tokens[index + 1]!
    const named = lead.capital ? lead : lead.lower === 'the' ? tokens[index + 2] : undefined
    if (!named || !named.word || !named.capital || words.times.has(named.lower)) continue
    const phrase = phraseAfter(tokens, index + 1, ceil)
    if (phrase) found.push(phrase)
  }
  return found
}
