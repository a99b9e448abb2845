import type {Element} from 'hast'
import {classWords} from './class-words.js'

// Class names of the common "for screen readers only" helpers, as the words `classWords` splits them into.
const hiddenNames: ReadonlyArray<readonly string[]> = [['visually', 'hidden'], ['visuallyhidden'], ['sr', 'only'], ['screen', 'reader', 'text'], ['screen', 'reader', 'only'], ['offscreen']]

/**
 * Whether an element is hidden from sight and kept for screen readers only
 * (`class="visually-hidden"`, `sr-only`, `screen-reader-text`): its text
 * (`"Author of the article:"`) is no part of what a reader sees.
 *
 * @example
 *   // <span class="sr-only">Opens in a new window</span> → true
 */
export function isVisuallyHidden(element: Element): boolean {
  const words = classWords(element)
  if (words.size === 0) return false
  return hiddenNames.some((name) => name.every((word) => words.has(word)))
}
