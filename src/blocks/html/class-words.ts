import type {Element} from 'hast'

const cache = new WeakMap<Element, ReadonlySet<string>>()

/**
 * The lower-case words of an element's `class` and `id`, split at white
 * space, `-`, `_`, digits and camelCase humps (`storyBody__text` → story, body, text).
 */
export function classWords(element: Element): ReadonlySet<string> {
  const {className, id} = element.properties
  const hasClass = Array.isArray(className) && className.length > 0
  // Most elements have neither: no need to remember that per element.
  if (!hasClass && (typeof id !== 'string' || id === '')) return none
  const known = cache.get(element)
  if (known) return known
  const words = new Set<string>()
  if (hasClass) for (const part of className) addWords(words, String(part))
  if (typeof id === 'string') addWords(words, id)
  cache.set(element, words)
  return words
}

const none: ReadonlySet<string> = new Set()
const hump = /([a-z])([A-Z])/g
const notLetters = /[^A-Za-z]+/

/** Add the words of one class name or id. */
function addWords(words: Set<string>, part: string): void {
  for (const word of part.replace(hump, '$1 $2').split(notLetters)) {
    if (word) words.add(word.toLowerCase())
  }
}

/** Whether any of `words` is a word of the element's `class` or `id`. */
export function hasClassWord(element: Element, words: readonly string[]): boolean {
  const own = classWords(element)
  if (own.size === 0) return false
  for (const word of words) if (own.has(word)) return true
  return false
}
