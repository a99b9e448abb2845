import {boilerplatePatterns, cookieNotice, timestampPatterns} from '../lexicon/boilerplate.js'

/** Whether a whole line is page furniture (a menu item, a share button, a cookie notice, a time stamp). */
export function isBoilerplate(text: string): boolean {
  if (text.length > 300) return false
  return (
    boilerplatePatterns.some((pattern) => pattern.test(text)) ||
    timestampPatterns.some((pattern) => pattern.test(text)) ||
    isCookieNotice(text)
  )
}

/** Whether a line speaks of cookies and then asks for something ("… use cookies … accept"). */
function isCookieNotice(text: string): boolean {
  const cookie = cookieNotice.cookie.exec(text)
  return cookie !== null && cookieNotice.asks.test(text.slice(cookie.index + cookie[0].length))
}
