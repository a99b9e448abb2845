/** Names of the days of the week, as a caption's date prints them ("…, Tuesday, March 4, 2025."). */
export const weekdays: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

/** Names of the months and their usual abbreviations. */
export const months: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'
]

/** A clock time: "10:05", "7:11 AM", "9:30p.m.". */
export const clockTime = /\b\d{1,2}:\d{2}(?:\s?[ap]\.?m\b\.?)?/i

/**
 * A full date: a month's name (or its abbreviation) with a day and a year
 * ("March 10, 2017", "10 March 2017", "JULY 24, 2016"), or a date in figures
 * ("9/11/13", "10.03.2017").
 */
export const fullDate =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/i
