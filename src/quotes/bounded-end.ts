import {cueAt} from '../attribution/cue-words.js'
import type {Token} from '../attribution/tokenize.js'
import type {QuoteSpan} from './find-quote-spans.js'
import {lowerBound} from './token-search.js'

/** An unclosed quote's best reading: up to the first ", <speaker> <cue>", else the paragraph's end. */
export function boundedEnd(text: string, tokens: readonly Token[], span: QuoteSpan): number {
  const from = lowerBound(tokens, span.start)
  for (let index = from; index < tokens.length; index++) {
    const token = tokens[index]!
    if (token.text !== ',' && token.text !== '.') continue
    for (let ahead = index + 1; ahead < Math.min(tokens.length, index + 6); ahead++) {
      if (cueAt(tokens, ahead)) return token.text === ',' ? token.end : token.end
    }
  }
  return span.end
}
