import type {Element} from 'hast'

const cache = new WeakMap<Element, Set<string>>()

/**
 * The lower-case words of an element's `class` and `id`, split at white
 * space, `-`, `_`, digits and camelCase humps (`storyBody__text` → story, body, text).
 */
export function classWords(element: Element): Set<string> {
  let words = cache.get(element)
  if (words) return words
  words = new Set()
  const {className, id} = element.properties
  const parts = [...(Array.isArray(className) ? className : []), typeof id === 'string' ? id : '']
  for (const part of parts) {
    for (const word of String(part).replace(/([a-z])([A-Z])/g, '$1 $2').split(/[^A-Za-z]+/)) {
      if (word) words.add(word.toLowerCase())
    }
  }
  cache.set(element, words)
  return words
}

/** Whether any of `words` is a word of the element's `class` or `id`. */
export function hasClassWord(element: Element, words: readonly string[]): boolean {
  const own = classWords(element)
  if (own.size === 0) return false
  return words.some((word) => own.has(word))
}
