import type {Token} from '../attribution/tokenize.js'
import type {QuoteSpan} from './find-quote-spans.js'

/** Index of the last span starting at or before `offset` (spans are in order and do not overlap). */
export function spanBefore(spans: readonly QuoteSpan[], offset: number): number {
  let low = 0
  let high = spans.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (spans[middle]!.start <= offset) low = middle + 1
    else high = middle
  }
  return low - 1
}

/** Index of the first token starting at or after `offset`. */
export function lowerBound(tokens: readonly Token[], offset: number): number {
  let low = 0
  let high = tokens.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (tokens[middle]!.start < offset) low = middle + 1
    else high = middle
  }
  return low
}
