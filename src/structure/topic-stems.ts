import {topicWords} from './topic-words.js'

/**
 * Topic words of a text (its runs of letters, see {@link topicWords}) cut to
 * stems of five letters, so "endorses" and "endorsement" meet. What the
 * headline and body searches compare lines by.
 *
 * @example
 *   topicStems('The harbour council endorses it') // Set {'harbo', 'counc', 'endor'}
 */
export function topicStems(text: string): Set<string> {
  const stems = new Set<string>()
  for (const word of topicWords(text.toLowerCase().match(/\p{L}{4,}/gu) ?? [])) stems.add(word.slice(0, 5))
  return stems
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
