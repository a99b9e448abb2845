import {findTrailingCredit, isCreditLine} from './find-photo-credit.js'
import type {CaptionCredit} from './find-photo-credit.js'

/**
 * A caption unit's own words and its photo credit: a trailing credit is kept
 * apart from the words ("A crane at the port. (Photo: Jane Doe/Wire)"); a
 * caption that is nothing but a credit ("(Image: Jane Doe)") keeps the whole
 * line as its text and its credit.
 *
 * @returns The length of the caption's text and the credit, if any.
 */
export function captionText(text: string): CaptionCredit | undefined {
  return findTrailingCredit(text) ?? wordlessCredit(text)
}

function wordlessCredit(text: string): CaptionCredit | undefined {
  if (!isCreditLine(text)) return undefined
  const inner = text.startsWith('(') && text.endsWith(')') ? text.slice(1, -1) : text
  return {length: text.length, credit: inner.replace(/\s+/g, ' ').trim()}
}
