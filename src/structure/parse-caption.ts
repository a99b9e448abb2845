import {captionCreditPattern} from '../lexicon/caption-markers.js'

/** What a caption says of its photo. */
export interface CaptionDetails {
  /** Archive photo ("FILE - …"). */
  file: boolean
  /** Date as written. */
  date?: string
  /** Place as written. */
  place?: string
  /** Credit as written. */
  credit?: string
}

const filePattern = /^FILE(?: PHOTO)?\s*[-–—:]/
const month =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)'
const datePattern = new RegExp(
  `\\b(?:${month} \\d{1,2}(?:, \\d{4})?|\\d{1,2} ${month}(?: \\d{4})?|${month} \\d{4})\\b`
)
// A place is at most five words and four names long ("Rio de Janeiro, Brazil"): bounded, so a
// long run of capitalised words is not read again from every "in" in it.
const placeName = "[A-Z][\\w'’.-]*(?: (?:de |del |la |el |al-)?[A-Z][\\w'’.-]*){0,4}"
// A weekday between the place and the date ("in Oslo, Friday, May 3", "in Oslo on Friday, May 3") is no part of the place.
// (Matched against the text trimmed at its end, so no run of blanks is tried from each of its spaces.)
const weekdayBeforeDate = /,?\s(?:on\s)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?$/
const placeBeforeDate = new RegExp(`\\b(?:in|at|near|outside|from) (${placeName}(?:, ${placeName}){0,3}),\\s*$`)
// The brackets that end the caption, then whether they hold a credit's word (two steps keep both linear).
const closingBrackets = /\(([^()]*)\)\s*(?:\.\s*)?$/
const creditWord = /Photo|Images?|Getty|Reuters|AFP|AP|EPA|Credit|Pool|Handout|Courtesy/

/**
 * Read the photo's details out of a caption: archive marker, date, place and credit.
 *
 * @example
 *   parseCaption('FILE - Troops in Jalalabad, Afghanistan, Jan. 23, 2019.')
 *   // {file: true, date: 'Jan. 23, 2019', place: 'Jalalabad, Afghanistan'}
 */
export function parseCaption(text: string): CaptionDetails {
  const details: CaptionDetails = {file: filePattern.test(text)}
  const date = datePattern.exec(text)
  if (date) {
    details.date = date[0]
    // A place sits just before the date; looking at a bounded window keeps this linear.
    const place = placeBeforeDate.exec(text.slice(Math.max(0, date.index - 200), date.index).trimEnd().replace(weekdayBeforeDate, ', '))
    if (place) details.place = place[1]!
  }
  const brackets = closingBrackets.exec(text)
  const credit = (brackets && creditWord.test(brackets[1]!) ? brackets : undefined) ?? captionCreditPattern.exec(text)
  if (credit) details.credit = (credit[1] ?? credit[0]).trim()
  return details
}
