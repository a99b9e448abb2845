/** A dateline read from the start of a paragraph. */
export interface DatelineMatch {
  /** Length of the dateline, dash included. */
  length: number
  /** The place as written. */
  place: string
  /** The agency as written. */
  agency?: string
  /** The date as written. */
  date?: string
}

// "KABUL, Afghanistan —", "AUBURN, Wash. (AP) —", "LISBON, May 3 (Reuters) -", "WASHINGTON:"
const datelinePattern =
  /^(\p{Lu}[\p{Lu}\p{M} .'’-]{0,39}?[\p{Lu}\p{M}.'’-](?:,\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.? \d)[\p{L}.' ]{1,29}?[\p{L}.'])?)(?:,\s+((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\w*\.? \d{1,2}(?:, \d{4})?))?(?:\s*\(([^()]{1,30})\))?\s*(?:[—–]|--?|:)\s+/u

/**
 * Read a dateline at the start of a paragraph: the place in capitals, an
 * optional date and agency, then a dash.
 *
 * @example
 *   readDateline('PORT ELLEN (AP) — The ferry sailed')
 *   // {length: 17, place: 'PORT ELLEN', agency: 'AP'}
 */
export function readDateline(text: string): DatelineMatch | undefined {
  const match = datelinePattern.exec(text.slice(0, 160))
  if (!match) return undefined
  const place = match[1]!.trim()
  // The first word must be in capitals ("KABUL"), which tells a dateline from a sentence.
  const firstWord = place.split(/[ ,]/)[0]!
  if (firstWord.length < 2 || firstWord !== firstWord.toUpperCase() || !/\p{Lu}{2}/u.test(firstWord)) return undefined
  const result: DatelineMatch = {length: match[0].trimEnd().length, place}
  if (match[2]) result.date = match[2]
  if (match[3]) result.agency = match[3]
  return result
}
