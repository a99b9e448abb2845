import {clockTime, fullDate} from '../lexicon/calendar-words.js'

/** Most words of a line read as a time stamp for carrying a date or a clock time. */
const maxStampWords = 20

/**
 * Whether a short line carries a clock time or a full date: a comment's
 * header ("Jane Doe · March 10, 2017 at 1:26 AM"), a teaser's or a live
 * entry's stamp. Section headings and captions rarely do (in the structure
 * corpora no gold heading does; see `scripts/train/cv-report.ts`).
 *
 * @example
 *   carriesTimeStamp('Ann Holt · March 10, 2017 at 1:26 AM', 8) // true
 *   carriesTimeStamp('What happens next', 3) // false
 */
export function carriesTimeStamp(text: string, words: number): boolean {
  return words <= maxStampWords && (clockTime.test(text) || fullDate.test(text))
}
