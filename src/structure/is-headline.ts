import {countWords} from './text-shape.js'

/**
 * Whether a line has the shape of a headline: three to forty words (two when
 * one is in lower case), starting with a capital, digit or quotation mark, not
 * ending with a full stop, not a page title with the site's name after a bar,
 * and not a feed teaser stamped with its time ("3h ago…", "…17:24").
 */
export function looksLikeHeadline(text: string): boolean {
  const words = countWords(text)
  if (words < 2 || words > 40 || text.length > 300) return false
  if (!/^[\p{Lu}\p{N}"'“‘¿¡]/u.test(text)) return false
  if (/\.["'”’]?$/.test(text) && !/\b\p{Lu}\.$/u.test(text)) return false
  if (/\s[|•]\s/.test(text) || text.endsWith(':')) return false
  if (/^\d+\s?(?:[smhd]|mins?|hrs?|hours?|days?)\s+ago/i.test(text) || /\p{L}[\d:]*\d{1,2}:\d{2}$/u.test(text)) return false
  // A few capitalised words alone are a name or a menu label ("The Daily Courier", "World News").
  return words >= 5 || /\s\p{Ll}/u.test(text)
}
