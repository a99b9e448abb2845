import {hasQuotation, isFragment} from '../caption-cues.js'
import {looksLikeHeading} from '../is-heading.js'
import {endsLikeProse, endsLikeSentence, startsLowerCase} from '../text-shape.js'
import {bit} from './feature.js'
import type {Feature} from './feature.js'
import type {UnitFacts} from './read-document.js'

/** Share of a unit's words that open with a capital letter. */
export function titleShare(unit: UnitFacts): number {
  let words = 0
  let capitals = 0
  for (const token of unit.tokens) {
    if (token === ',') continue
    words++
    if (/^\p{Lu}/u.test(token)) capitals++
  }
  return words === 0 ? 0 : capitals / words
}

/** Share of a unit's letters in upper case. */
export function capitalShare(text: string): number {
  let letters = 0
  let capitals = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    // ASCII, most of any text, without a regular expression; other characters by their Unicode category.
    if (code < 0x80) {
      if (code >= 0x61 && code <= 0x7a) letters++
      else if (code >= 0x41 && code <= 0x5a) {
        letters++
        capitals++
      }
      continue
    }
    const character = String.fromCodePoint(text.codePointAt(index)!)
    if (character.length === 2) index++
    if (!letter.test(character)) continue
    letters++
    if (upper.test(character)) capitals++
  }
  return letters === 0 ? 0 : capitals / letters
}

const letter = /\p{L}/u
const upper = /\p{Lu}/u

/**
 * How many sentences a unit holds, roughly: a full stop, `!` or `?` after a
 * word of two lower-case letters or more (not "Mr.") or a digit, then a
 * space and a capital, starts the next.
 */
export function countSentences(text: string): number {
  return 1 + (text.match(/(?:\p{Ll}{2}|\d)[.!?…]["'”’)\]]*\s+["'“‘(]?\p{Lu}/gu)?.length ?? 0)
}

const shape = (name: string, of: (unit: UnitFacts) => number): Feature => ({
  name,
  value: (document, index) => of(document.units[index]!)
})

/** The shape of a unit by itself: length, end mark, capitals, sentences. */
export const shapeFeatures: readonly Feature[] = [
  shape('log-words', (unit) => Math.log1p(unit.words)),
  shape('log-characters', (unit) => Math.log1p(unit.text.length)),
  shape('one-word', (unit) => bit(unit.words <= 1)),
  shape('ends-like-sentence', (unit) => bit(endsLikeSentence(unit.text))),
  shape('ends-like-prose', (unit) => bit(endsLikeProse(unit.text))),
  shape('ends-with-question', (unit) => bit(/\?["'”’)]*$/.test(unit.text))),
  shape('ends-with-colon', (unit) => bit(unit.text.endsWith(':'))),
  shape('starts-lower-case', (unit) => bit(startsLowerCase(unit.text))),
  shape('numbered', (unit) => bit(/^\d{1,2}[.):]\s+\S/.test(unit.text))),
  shape('title-share', titleShare),
  shape('capital-share', (unit) => capitalShare(unit.text)),
  shape('all-capitals', (unit) => bit(!/\p{Ll}/u.test(unit.text) && /\p{Lu}.*\p{Lu}/u.test(unit.text))),
  shape('log-sentences', (unit) => Math.log(countSentences(unit.text))),
  shape('prose', (unit) => bit(unit.prose)),
  shape('heading-shaped', (unit) => bit(looksLikeHeading(unit.text))),
  shape('headline-shaped', (unit) => bit(unit.headlineShaped)),
  shape('has-quotation', (unit) => bit(hasQuotation(unit.text))),
  shape('opens-with-quotation', (unit) => bit(/^["“‘'«„]/.test(unit.text))),
  shape('has-bar', (unit) => bit(/\s[|•·]\s|\s[|•]$/.test(unit.text))),
  shape('has-link', (unit) => bit(/https?:\/\/|www\.|@\w+\.\w/.test(unit.text))),
  shape('digit-share', (unit) => (unit.text.match(/\d/g)?.length ?? 0) / Math.max(1, unit.text.length)),
  shape('verbless', (unit) => bit(unit.words <= 8 && isFragment(unit.text, unit.tokens))),
  shape('repeated', (unit) => Math.log(unit.copies)),
  // Printed twice in a row: a short label rendered twice is page furniture; a sentence, a photo's alt text and its caption.
  shape('printed-twice', (unit) => bit(unit.printed > 1 && !unit.prose)),
  shape('sentence-printed-twice', (unit) => bit(unit.printed > 1 && unit.prose))
]
