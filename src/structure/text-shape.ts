/** Shape measures of a line of text that the structure rules share. */

const letterOrDigit = /^[\p{L}\p{N}]/u

/**
 * Number of words (runs of letters or digits, in any script). ASCII is read
 * by character code; only other characters go through the Unicode test.
 */
export function countWords(text: string): number {
  let count = 0
  let inWord = false
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    let word: boolean
    if (code < 128) {
      word = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
    } else {
      // A surrogate pair is one character: test it whole and step over its second half.
      const pair = code >= 0xd800 && code <= 0xdbff && index + 1 < text.length && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00
      word = letterOrDigit.test(text.slice(index, pair ? index + 2 : index + 1))
      if (pair) index++
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
