import {describesScene, namesPlace, tokenize} from './caption-cues.js'

/**
 * Whether a heading-shaped line shows the moment a photo caught rather than
 * the subject of what follows: a named subject doing something during an
 * event ("Jane Doe waves during the parade"), or a scene placed in a town
 * and its region ("Crowds on the quay in Port Ellen, Scotland"), which a
 * section heading does not spell out.
 *
 * @example
 *   showsMoment('Ann Holt waves during the harbour parade') // true
 *   showsMoment('Crowds on the quay in Port Ellen, Scotland') // true
 *   showsMoment('The harbour parade returns') // false
 */
export function showsMoment(text: string): boolean {
  const tokens = tokenize(text)
  return (tokens.includes('during') && describesScene(tokens)) || namesPlace(tokens)
}
