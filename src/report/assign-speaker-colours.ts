import type {Article} from '../types.js'

/**
 * Give each speaker a colour number: first the speakers of quoted words
 * (direct and partial quotes, the ones shown on a full colour), then those of
 * reported speech only, each in order of first quote; so the palette's
 * colours go to the quoted speakers first and repeat, if at all, among the
 * others. The same article always gets the same numbers.
 *
 * @param article The article.
 * @returns A map from the speaker's canonical name to its colour number (0-based).
 */
export function assignSpeakerColours(article: Article): Map<string, number> {
  const colours = new Map<string, number>()
  const give = (name: string | undefined) => {
    if (name !== undefined && !colours.has(name)) colours.set(name, colours.size)
  }
  for (const quote of article.quotes) if (quote.kind !== 'indirect') give(quote.attribution?.speaker.name)
  for (const speaker of article.speakers) give(speaker.name)
  for (const quote of article.quotes) give(quote.attribution?.speaker.name)
  return colours
}
