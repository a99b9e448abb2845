/** Shape measures of a line of text that the structure rules share. */
import {isAsciiWordCode} from '../ascii-word-code.js'

const letterOrDigit = /[\p{L}\p{N}]/u

/**
 * Number of words (runs of letters or digits, in any script). An ASCII
 * character is read by its code; only others go through the Unicode test.
 */
export function countWords(text: string): number {
  let count = 0
  let inWord = false
  for (const character of text) {
    const code = character.charCodeAt(0)
    const word = code < 0x80 ? isAsciiWordCode(code) : letterOrDigit.test(character)
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
