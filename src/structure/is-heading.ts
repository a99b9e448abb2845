import {countWords, endsLikeProse} from './text-shape.js'

/**
 * Whether a line, taken alone, has the shape of a section heading: short,
 * not ending like a sentence (a question mark is allowed), starting with a
 * capital, digit or quotation mark, and not a sentence that ends with a
 * quoted exclamation or question (`Protesters chanted “Trudeau must go!”`; a
 * line that is the quotation alone, `“Where now?”`, may still head a section).
 */
export function looksLikeHeading(text: string): boolean {
  const words = countWords(text)
  return (
    words >= 1 &&
    words <= 16 &&
    text.length <= 120 &&
    !endsLikeProse(text) &&
    !endsWithQuotedSentence(text) &&
    /^[\p{Lu}\p{N}"'“‘¿¡]/u.test(text)
  )
}

/** A line that ends with a quotation's own `!` or `?` and does not open with the quotation. */
function endsWithQuotedSentence(text: string): boolean {
  return /[!?]["'”’»]+$/.test(text) && !/^["'“‘«]/.test(text)
}
