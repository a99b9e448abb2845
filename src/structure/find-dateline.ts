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

// "KABUL, Afghanistan —", "AUBURN, Wash. (AP) —", "LISBON, May 3 (Reuters) -", "WASHINGTON:",
// "OSLO, 3 May, (Wire) —", "OSLO, Tuesday (Wire) —", "OSLO, May 3, 2024 /Wire/ --".
const month = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?'
const weekday = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day'
const date = `(?:${month} \\d{1,2}(?:, \\d{4})?|\\d{1,2} ${month}(?: \\d{4})?|${weekday})`
const datelinePattern = new RegExp(
  `^(\\p{Lu}[\\p{Lu}\\p{M} .'’-]{0,39}?[\\p{Lu}\\p{M}.'’-](?:,\\s+(?!${date}\\b)[\\p{L}.' ]{1,29}?[\\p{L}.'])?)` +
    `(?:,\\s+(${date}))?,?(?:\\s*\\(([^()]{1,30})\\)|\\s+/([^/\\s][^/]{0,29})/)?\\s*(?:[—–]|--?|:)\\s+`,
  'u'
)

/**
 * Read a dateline at the start of a paragraph: the place in capitals, an
 * optional date (`May 3`, `3 May 2024`, a weekday) and agency (in brackets,
 * or between slashes as press releases print it), then a dash. The place,
 * date and agency are read apart, without the commas between them.
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
  const agency = match[3] ?? match[4]
  if (agency) result.agency = agency.trim()
  return result
}
