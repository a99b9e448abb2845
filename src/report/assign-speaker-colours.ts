import type {Article} from '../types.js'

/**
 * Give each speaker a colour number: the speakers of `article.speakers` in
 * their order (order of first quote), then any other name a quote is
 * attributed to, in quote order. The same article always gets the same
 * numbers.
 *
 * @param article The article.
 * @returns A map from the speaker's canonical name to its colour number (0-based).
 */
export function assignSpeakerColours(article: Article): Map<string, number> {
  const colours = new Map<string, number>()
  for (const speaker of article.speakers) if (!colours.has(speaker.name)) colours.set(speaker.name, colours.size)
  for (const quote of article.quotes) {
    const name = quote.attribution?.speaker.name
    if (name !== undefined && !colours.has(name)) colours.set(name, colours.size)
  }
  return colours
}
