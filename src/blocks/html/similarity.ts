/** The lower-case words of a text, quote marks and punctuation dropped. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().replace(/[\u2018\u2019']/g, '').match(/[\p{L}\p{N}]+/gu) ?? []
}

/**
 * How alike two texts are by their words, from 0 to 1 (Dice coefficient over
 * distinct words): a headline against a page's `og:title` with the site name
 * appended still scores high.
 */
export function similarity(a: string, b: string): number {
  const left = new Set(wordsOf(a))
  const right = new Set(wordsOf(b))
  if (left.size === 0 || right.size === 0) return 0
  let shared = 0
  for (const word of left) if (right.has(word)) shared++
  return (2 * shared) / (left.size + right.size)
}
