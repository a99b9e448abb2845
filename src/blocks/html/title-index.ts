import {wordsOf} from './similarity.js'

/** Compares texts against a fixed list of titles, each title's words read once. */
export interface TitleIndex {
  /** How many distinct titles are indexed. */
  readonly size: number
  /** The highest {@link similarity} of `text` to any title (0 when there are none). */
  best(text: string): number
}

/** The most distinct titles compared: a page states its headline in a few places, not thousands. */
const maximumTitles = 64

/**
 * Index the words of `titles` once (duplicates and all but the first
 * {@link maximumTitles} distinct ones dropped) so that each text is compared
 * with all of them through its own words only: O(words of the text × titles
 * sharing each word), never re-reading a title. Scores are exactly those of
 * `similarity` (Dice over distinct words).
 *
 * @example
 *   createTitleIndex(['Storm hits coast | Daily']).best('Storm hits coast') // 0.857…
 */
export function createTitleIndex(titles: readonly string[]): TitleIndex {
  const sizes: number[] = []
  const postings = new Map<string, number[]>()
  const seen = new Set<string>()
  for (const title of titles) {
    if (sizes.length >= maximumTitles) break
    const words = new Set(wordsOf(title))
    const key = [...words].join(' ')
    if (words.size === 0 || seen.has(key)) continue
    seen.add(key)
    const index = sizes.length
    sizes.push(words.size)
    for (const word of words) {
      let list = postings.get(word)
      if (!list) postings.set(word, (list = []))
      list.push(index)
    }
  }
  const shared = new Array<number>(sizes.length).fill(0)
  return {
    size: sizes.length,
    best(text) {
      const words = new Set(wordsOf(text))
      if (words.size === 0 || sizes.length === 0) return 0
      const touched: number[] = []
      for (const word of words) {
        for (const index of postings.get(word) ?? []) {
          if (shared[index] === 0) touched.push(index)
          shared[index]!++
        }
      }
      let top = 0
      for (const index of touched) {
        top = Math.max(top, (2 * shared[index]!) / (words.size + sizes[index]!))
        shared[index] = 0
      }
      return top
    }
  }
}
