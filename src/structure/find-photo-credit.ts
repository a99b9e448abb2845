import {bracketedName} from '../lexicon/caption-markers.js'
import {creditLinePatterns, maxTrailingCreditLength, pictureAgencies, trailingCreditPatterns} from '../lexicon/photo-credits.js'

const agencies = new Set(pictureAgencies.map((name) => name.toLowerCase()))

/**
 * Whether a whole line is only a photo credit ("Image Credits: Jane Doe",
 * "Getty Images", "Reuters/Jane Doe"): it names who took a photo, not what it shows.
 */
export function isCreditLine(text: string): boolean {
  if (text.length > 120) return false
  if (agencies.has(text.toLowerCase())) return true
  // "Jane Doe/Reuters", "Getty Images/Jane Doe".
  if (/^[^\s/]+(?: [^\s/]+){0,3}\s?\/\s?[^\s/]+(?: [^\s/]+){0,3}$/.test(text) && text.split('/').some((part) => agencies.has(part.trim().toLowerCase()))) return true
  return creditLinePatterns.some((pattern) => pattern.test(text))
}

/** A caption's own words and the photo credit printed after them. */
export interface CaptionCredit {
  /** Length of the caption's own words (the credit and the space before it left out). */
  readonly length: number
  /** The credit as written (`"AP Photo/Jane Doe"`). */
  readonly credit: string
}

/**
 * Find a photo credit at the end of a caption: "(AP Photo/Jane Doe)",
 * "(Photo: Wire)", "(Courtesy of Jane Doe)", a name in brackets after the
 * last full stop ("… on Monday. (Wire)"), "Credit: Jane Doe", "- Copyright Jane Doe".
 *
 * @returns The length of the words before the credit and the credit, or
 *   `undefined` when the caption ends without one (or is nothing but one).
 */
export function findTrailingCredit(text: string): CaptionCredit | undefined {
  // Only the end of the text is looked at, which keeps this linear on long lines.
  const offset = Math.max(0, text.length - 200)
  const tail = text.slice(offset)
  for (const pattern of trailingCreditPatterns) {
    const match = pattern.exec(tail)
    const credit = match?.groups?.['credit']
    if (!match || !credit || credit.length > maxTrailingCreditLength) continue
    const length = offset + tail.slice(0, match.index + (match.groups?.['end']?.length ?? 0)).trimEnd().length
    if (!/[\p{L}\p{N}]/u.test(text.slice(0, length))) return undefined
    return {length, credit: credit.replace(/\s+/g, ' ').trim()}
  }
  return undefined
}

/** Longest line, in characters, asked for a photographer's name in brackets (a caption is a few sentences). */
const maxBracketedCreditLength = 400

/**
 * Whether a caption-long line closes its words with a photographer's name in
 * brackets: "Glass jars on a shelf (Jane Doe)", "The pier at dawn (Ann Holt/Wire)".
 *
 * @example
 *   hasBracketedNameCredit('Glass jars on a shelf (Jane Doe)') // true
 *   hasBracketedNameCredit('He said so (and more)') // false
 */
export function hasBracketedNameCredit(text: string): boolean {
  if (text.length > maxBracketedCreditLength) return false
  // A final full stop and the spaces before it go (trimEnd, not /\s*\.$/: that pattern is quadratic on a run of spaces).
  const trimmed = text.trimEnd()
  const line = trimmed.endsWith('.') ? trimmed.slice(0, -1).trimEnd() : trimmed
  if (!line.endsWith(')')) return false
  const open = line.lastIndexOf('(')
  // The caption's own words stand between the bracket before (if any) and this one.
  if (open < 0 || !/[\p{L}\p{N}]/u.test(line.slice(line.lastIndexOf(')', open) + 1, open))) return false
  return bracketedName.test(line.slice(open))
}
