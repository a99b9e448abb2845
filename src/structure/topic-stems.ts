import {stop} from './topic-words.js'

/**
 * Topic words of a text cut to stems: words of four or more letters, not
 * stopwords (the set `topic-words.ts` keeps), cut to five letters, so "endorses" and "endorsement"
 * meet. What the headline and body searches compare lines by.
 *
 * @example
 *   topicStems('The harbour council endorses it') // Set {'harbo', 'counc', 'endor'}
 */
export function topicStems(text: string): Set<string> {
  const words = new Set<string>()
  for (const match of text.toLowerCase().matchAll(/\p{L}{4,}/gu)) {
    if (!stop.has(match[0])) words.add(match[0].slice(0, 5))
  }
  return words
}

/**
 * The share of `stems` that `other` holds too, counting one stem more than
 * there are, so that one shared stem of one ("Find a new job") weighs less
 * than several of a longer line. How the headline and body searches measure
 * a line's or a run's overlap with the story.
 *
 * @example
 *   topicShare(new Set(['harbo', 'counc']), new Set(['harbo'])) // 1/3
 */
export function topicShare(stems: ReadonlySet<string>, other: ReadonlySet<string>): number {
  let shared = 0
  for (const stem of stems) if (other.has(stem)) shared++
  return shared / (stems.size + 1)
}
