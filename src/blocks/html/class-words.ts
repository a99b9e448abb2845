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
  // A word: capitals, then small letters (`storyBody` → `story`, `Body`; `HTMLdoc` stays one).
  for (const part of [...(Array.isArray(className) ? className : []), id]) {
    if (typeof part === 'string') for (const word of part.match(/[A-Z]+[a-z]*|[a-z]+/g) ?? []) words.add(word.toLowerCase())
  }
  cache.set(element, words)
  return words
}

/** Whether any of `words` is a word of the element's `class` or `id`. */
export function hasClassWord(element: Element, words: ReadonlySet<string>): boolean {
  // An element has a few words, a list many: look each of its own up.
  for (const word of classWords(element)) if (words.has(word)) return true
  return false
}
