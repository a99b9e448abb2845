import {countWords, endsLikeProse} from './text-shape.js'

/**
 * Whether a line, taken alone, has the shape of a section heading: short,
 * not ending like a sentence (a question mark is allowed), starting with a
 * capital, digit or quotation mark.
 */
export function looksLikeHeading(text: string): boolean {
  const words = countWords(text)
  return (
    words >= 1 &&
    words <= 16 &&
    text.length <= 120 &&
    !endsLikeProse(text) &&
    /^[\p{Lu}\p{N}"'“‘¿¡]/u.test(text)
  )
}
