import type {QuoteKind} from '../types.js'
import type {QuoteSpan} from './find-quote-spans.js'

/** Direct when the quotation is a statement of its own; partial when embedded in the reporter's words. */
export function quoteKind(text: string, span: QuoteSpan, sentenceStart: number, follows: boolean): QuoteKind {
  if (span.open === -1) return 'direct'
  let index = span.open - 1
  while (index >= sentenceStart && /\s/.test(text[index]!)) index--
  if (index < sentenceStart) return 'direct'
  const before = text[index]!
  if (before === ':') return 'direct'
  if (before === ',' || before === '—' || before === '–' || before === '(' || before === ';') {
    // “…,” she said, “and now …” continues a direct quote.
    return follows || /^[\p{Lu}\d'’‘"“]/u.test(text[span.start] ?? '') ? 'direct' : 'partial'
  }
  return 'partial'
}
