import {describesScene, namesPlace, tokenize} from './caption-cues.js'

/** Shortest word, in letters, that title case capitalises whatever it is ("in", "it", "the" may stay small). */
const minTitleWordLength = 4
/** Fewest such words before a line's capitals tell its case. */
const minTitleWords = 3

/**
 * Whether a heading-shaped line shows the moment a photo caught rather than
 * the subject of what follows: a named subject doing something during an
 * event ("Jane Doe waves during the parade"), or a scene placed in a town
 * and its region ("Crowds on the quay in Port Ellen, Scotland"), which a
 * section heading does not spell out. A line in title case, every longer word
 * capitalised ("When in Doubt, Leave it Out"), is a heading: a caption is a
 * sentence and writes its common nouns in lower case.
 *
 * @example
 *   showsMoment('Ann Holt waves during the harbour parade') // true
 *   showsMoment('Crowds on the quay in Port Ellen, Scotland') // true
 *   showsMoment('The harbour parade returns') // false
 *   showsMoment('Life in Port Ellen, Then and Now') // false
 */
export function showsMoment(text: string): boolean {
  const tokens = tokenize(text)
  if (isTitleCase(tokens)) return false
  return (tokens.includes('during') && describesScene(tokens)) || namesPlace(tokens)
}

function isTitleCase(tokens: readonly string[]): boolean {
  const long = tokens.filter((token) => token.length >= minTitleWordLength && /^\p{L}/u.test(token))
  return long.length >= minTitleWords && long.every((token) => /^\p{Lu}/u.test(token))
}
