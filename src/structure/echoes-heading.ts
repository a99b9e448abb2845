import {tokenize} from './caption-cues.js'
import {topicWords} from './topic-words.js'

/** Fewest topic words a line must share with the heading. */
const minShared = 3

/**
 * Whether a heading-shaped line inside a section says again what the
 * section's heading said: two thirds of its topic words, and three or more,
 * are the heading's. It is the caption of the section's photo, which shows
 * what the heading announced ("Crowds gather at the harbour vigil" under
 * "Harbour vigil draws crowds"); a new section on the same subject would need
 * no new heading. Parallel headings share their frame, not their subject
 * ("Overstating the debt", then "Overstating the number of rinks"), and stay
 * headings.
 *
 * @example
 *   echoesHeading('Harbour crowds gather at the vigil for the lost crew', 'Harbour vigil draws crowds for lost crew') // true
 *   echoesHeading('Ferry fares rise again', 'Harbour vigil draws crowds for lost crew') // false
 *   echoesHeading('Overstating the number of rinks', 'Overstating the debt') // false
 */
export function echoesHeading(text: string, heading: string): boolean {
  const mine = topicWords(tokenize(text))
  const theirs = topicWords(tokenize(heading))
  let shared = 0
  for (const word of mine) if (theirs.has(word)) shared++
  return shared >= minShared && shared * 3 >= mine.size * 2
}
