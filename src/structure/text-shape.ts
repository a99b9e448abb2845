/** Shape measures of a line of text that the structure rules share. */
import {isAsciiWordCode} from '../ascii-word-code.js'

/** A letter or digit at `lastIndex` (sticky: tested in place, no one-character string made). */
const letterOrDigitAt = /[\p{L}\p{N}]/uy

/**
 * Number of words (runs of letters or digits, in any script). An ASCII
 * character is read by its code; only others go through the Unicode test,
 * a code point at a time.
 */
export function countWords(text: string): number {
  let count = 0
  let inWord = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    let word: boolean
    if (code < 0x80) word = isAsciiWordCode(code)
    else {
      letterOrDigitAt.lastIndex = index
      word = letterOrDigitAt.test(text)
      const next = text.charCodeAt(index + 1)
      if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) index++
    }
    if (word && !inWord) count++
    inWord = word
  }
  return count
}

/** Whether the line ends like a sentence: `.`, `!`, `?` or `…`, perhaps inside a closing quote or bracket. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…]["'”’)\]]*$/.test(text)
}

/** Whether the line ends with punctuation that a heading never ends with (`.`, `,`, `;`, `:`). */
export function endsLikeProse(text: string): boolean {
  return /[.,;:…]["'”’)\]]*$/.test(text)
}

/**
 * Whether the line reads like running prose: a sentence of a few words that
 * ends like one, or a long line whatever its end (a dek without a full stop).
 */
export function isProse(text: string): boolean {
  const words = countWords(text)
  return (words >= 6 && endsLikeSentence(text)) || words >= 25
}

/** Whether the line opens with a lower-case letter (it continues something). */
export function startsLowerCase(text: string): boolean {
  return /^\p{Ll}/u.test(text)
}
