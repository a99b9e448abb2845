import type {Element} from 'hast'
import {countWords} from '../../structure/text-shape.js'
import {creditSources} from './furniture-names.js'

/** The most words a credit line has. */
const maximumWords = 6
/** The fewest words the caption under a credit line has. */
const minimumCaptionWords = 4

const emphasis = new Set(['strong', 'b', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
// Words a credit may hold in lower case: "Courtesy of the Town Archive", "Jane Doe via Getty Images".
const joiners = new Set(['of', 'the', 'via', 'and', 'for', 'by', 'de', 'du', 'van', 'von'])

/**
 * Find a photo credit that opens a caption on a line of its own: an element
 * before the caption's first `<br>` whose text reads as a name (a few
 * capitalised words, no sentence punctuation), with the caption proper after it:
 * `<figcaption><span>Town Archive</span><br>Pickers at work in 1931.</figcaption>`.
 * A single word counts only when it names a photo source (`"Reuters"`); a bold
 * line is a title, not a credit.
 *
 * @returns The credit element, when there is one.
 */
export function findLeadingCredit(caption: Element, textOf: (element: Element) => string): Element | undefined {
  const children = caption.children.filter((child) => child.type !== 'comment' && !(child.type === 'text' && child.value.trim() === ''))
  const [first, second] = children
  if (first?.type !== 'element' || first.tagName === 'br' || second?.type !== 'element' || second.tagName !== 'br') return undefined
  // A bold line names what the photo shows (`<strong>Tom Lind</strong><br>…`), not who took it.
  if (emphasis.has(first.tagName)) return undefined
  const credit = textOf(first)
  if (!isCreditShaped(credit)) return undefined
  const rest = children.slice(2).map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : '')).join(' ')
  return countWords(rest) >= minimumCaptionWords ? first : undefined
}

/** Whether a short line reads as a credit: capitalised words (or joiners, or `a/b` pairs), no sentence punctuation. */
export function isCreditShaped(text: string): boolean {
  const words = text.trim().split(/\s+/).filter(Boolean)
  if (words.length === 0 || words.length > maximumWords || /[.!?:;,]$/.test(text.trim())) return false
  if (words.length === 1 && !creditSources.includes(withoutTrailingMarks(words[0]!).toLowerCase())) return false
  // At least one name (`"1 of 4"` is a counter, not a credit).
  if (!words.some((word) => /^\(?\p{Lu}/u.test(word) || /\p{L}\/\p{L}/u.test(word))) return false
  return words.every((word) => isCreditWord(word))
}

/** Whether a word may stand in a photo credit: capitalised, a number, a handle, a `a/b` pair or a joiner (`via`, `of`). */
export function isCreditWord(word: string): boolean {
  return /^[\p{Lu}\p{N}(©@]/u.test(word) || word.includes('/') || joiners.has(word.toLowerCase())
}

/** A word without the marks that end it (`"Reuters."` → `"Reuters"`), in one pass from the end. */
function withoutTrailingMarks(word: string): string {
  let end = word.length
  while (end > 0 && !/\w/.test(word.charAt(end - 1))) end--
  return word.slice(0, end)
}
