import {countWords} from './text-shape.js'

/** Whether a line has the shape of a headline: a few words to a long sentence, not a list of links. */
export function looksLikeHeadline(text: string): boolean {
  const words = countWords(text)
  return words >= 2 && words <= 40 && text.length <= 300 && /[\p{L}]/u.test(text)
}
