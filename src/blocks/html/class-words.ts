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
  for (const part of [...(Array.isArray(className) ? className : []), id]) if (typeof part === 'string') for (const word of wordsOf(part)) words.add(word)
  cache.set(element, words)
  return words
}

// The words of each class name read lately: a page repeats its few class names on many elements.
const partWords = new Map<string, readonly string[]>()

function wordsOf(part: string): readonly string[] {
  let words = partWords.get(part)
  if (!words) {
    // A word: capitals, then small letters (`storyBody` → `story`, `Body`; `HTMLdoc` stays one).
    words = part.match(/[A-Z]+[a-z]*|[a-z]+/g)?.map((word) => word.toLowerCase()) ?? []
    // Kept for a few thousand names of class-name length at most: a long-running reader meets
    // sites without end, and a name of megabytes must not stay pinned after its page.
    if (part.length <= 64) {
      if (partWords.size > 4095) partWords.clear()
      partWords.set(part, words)
    }
  }
  return words
}

/** Whether any of `words` is a word of the element's `class` or `id`. */
export function hasClassWord(element: Element, words: ReadonlySet<string>): boolean {
  // An element has a few words, a list many: look each of its own up.
  for (const word of classWords(element)) if (words.has(word)) return true
  return false
}
