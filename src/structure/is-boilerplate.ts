import {boilerplatePatterns, timestampPatterns} from '../lexicon/boilerplate.js'

/** Whether a whole line is page furniture (a menu item, a share button, a cookie notice, a time stamp). */
export function isBoilerplate(text: string): boolean {
  if (text.length > 300) return false
  return boilerplatePatterns.some((pattern) => pattern.test(text)) || timestampPatterns.some((pattern) => pattern.test(text))
}
