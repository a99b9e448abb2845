import {opensWithAttribution} from '../attribution/opens-with-attribution.js'
import {isKnownAbbreviation} from '../attribution/known-abbreviation.js'
import type {QuoteSpan} from './find-quote-spans.js'

const terminal = /[.?!]/
const trailing = /[)\]’”"'»]/
const nextStart = /[\p{Lu}\p{N}“‘"'«(\[]/u

/**
 * Where the sentences of one block end (exclusive offsets, ascending, the last
 * one the text's length). A sentence ends after `.`, `?` or `!` (and any closing
 * marks) followed by white space and a capital, digit or opening mark; periods of
 * abbreviations and initials do not end one, and nor does punctuation inside a
 * quotation unless the quotation itself ends the sentence. Linear.
 *
 * @example
 *   sentenceEnds('He left. She stayed.', []) // [8, 20]
 */
export function sentenceEnds(text: string, spans: readonly QuoteSpan[]): number[] {
  const ends: number[] = []
  let next = 0
  for (let index = 0; index < text.length; index++) {
    while (next < spans.length && endOf(spans[next]!, text) < index) next++
    const span = spans[next]
    const inside = span !== undefined && startOf(span) < index && index < endOf(span, text)
    if (inside) continue
    const char = text[index]!
    if (!terminal.test(char) && !(span && index === span.close && terminal.test(text[span.end - 1] ?? ''))) continue
    if (char === '.' && isAbbreviation(text, index)) continue
    let end = index + 1
    while (end < text.length && trailing.test(text[end]!)) end++
    let after = end
    while (after < text.length && /\s/.test(text[after]!)) after++
    if (after === text.length) continue
    if (after === end || !nextStart.test(text[after]!)) continue
    // “Is the pier open?” Lee asked: the attribution belongs to the quotation's sentence.
    // After a full stop inside the quotation, only a bare "Lee said." stays with it: `Lee said the vote …` is a new sentence.
    if (span && index === span.close && opensWithAttribution(text, after, text[span.end - 1] === '.')) continue
    if (ends.at(-1) !== end) ends.push(end)
    index = end - 1
  }
  ends.push(text.length)
  return ends
}

/** Where a quotation begins: its opening mark, or just before its words when it has none. */
function startOf(span: QuoteSpan): number {
  return span.open === -1 ? span.start - 1 : span.open
}

function endOf(span: QuoteSpan, text: string): number {
  return span.close === -1 ? text.length : span.close
}

/** Whether the period at `index` ends an abbreviation or an initial. */
function isAbbreviation(text: string, index: number): boolean {
  let start = index
  while (start > 0 && index - start < 12 && /[\p{L}.]/u.test(text[start - 1]!)) start--
  const word = text.slice(start, index)
  if (word.length === 0) return false
  if (/^\p{Lu}$/u.test(word)) return true
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true
  return isKnownAbbreviation(word)
}
