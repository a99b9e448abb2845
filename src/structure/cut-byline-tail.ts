/**
 * What a byline prints after the names and before nothing else: a date or
 * time ("July 10, 2015", "JAN. 13", "5 Aug 2024", "Friday", "12:22 PM"), an
 * update stamp ("Updated 20:49"), an account ("Follow @jdoe", "@jdoe") or a
 * bare number. Found from one space before it, so a leading run of spaces is
 * never rescanned.
 */
const month = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?'
const tail = new RegExp(
  [
    `\\s${month}\\s{1,3}\\d{1,2}\\b`,
    `\\s\\d{1,2}\\s{1,3}${month}(?:\\s|$)`,
    '\\s(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b',
    '\\s\\d{1,2}[:.]\\d{2}\\b',
    '(?:\\s|\\b)(?:last\\s{1,3})?(?:updated|published|posted)(?=\\d|\\b)',
    '\\sfollow\\s{1,3}@',
    '\\s@\\w',
    '\\s\\d+$',
    '\\s\\d{4}-\\d{2}-\\d{2}'
  ].join('|'),
  'i'
)

// Separators and spaces left at the end once the tail is cut (a loop: a `[…]+$` pattern is quadratic on a long run).
const dangling = new Set([' ', '\t', '\n', '\r', '\u00a0', ',', ';', '|', '•', '·', '/', '–', '—', '-'])
// An update stamp glued to the last name ("Jane DoeUpdated20:49"): capitalised, so case-sensitive.
const gluedStamp = /(?<=\p{Ll})(?:Updated|Published|Posted)(?=\d|\s|$)/u

/**
 * `text` up to the date, time, update stamp or account that follows the
 * names, and without separators left dangling before it.
 *
 * @example
 *   cutBylineTail('Jane Doe July 10, 2015') // 'Jane Doe'
 *   cutBylineTail('Jane Doe - Wire Service - Friday, April 28') // 'Jane Doe - Wire Service'
 */
export function cutBylineTail(text: string): string {
  const match = tail.exec(text) ?? gluedStamp.exec(text)
  const kept = match ? text.slice(0, match.index) : text
  let end = kept.length
  while (end > 0 && dangling.has(kept[end - 1]!)) end--
  return kept.slice(0, end)
}
