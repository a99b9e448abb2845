import {describesScene, tokenize} from './caption-cues.js'

/**
 * Whether a line shows a named subject doing something during an event
 * ("Jane Doe waves during the parade"): the moment a photo caught, which a
 * section heading (the subject of what follows) does not describe.
 *
 * @example
 *   showsMoment('Ann Holt waves during the harbour parade') // true
 *   showsMoment('The harbour parade returns') // false
 */
export function showsMoment(text: string): boolean {
  const tokens = tokenize(text)
  return tokens.includes('during') && describesScene(tokens)
}
