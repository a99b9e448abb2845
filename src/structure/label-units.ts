import type {Unit} from '../blocks/group-repeats.js'
import {readByline} from './find-byline.js'
import {readCredit} from './find-credit.js'
import {readDateline} from './find-dateline.js'
import {isBoilerplate} from './is-boilerplate.js'
import {isCaption} from './is-caption.js'
import {looksLikeHeading} from './is-heading.js'
import {looksLikeHeadline} from './is-headline.js'
import {countWords, endsLikeSentence} from './text-shape.js'

/** What a line of the input is. */
export type Label = 'boilerplate' | 'headline' | 'dek' | 'byline' | 'caption' | 'heading' | 'paragraph' | 'credit'

/**
 * Label every unit of an article: page furniture, headline, dek, byline,
 * captions, section headings, credits and body paragraphs.
 *
 * The rules run in order, each on what the ones before left open: marks that
 * a line carries by itself first (furniture, caption marks, bylines, credits),
 * then the headline, then what its neighbours say of a line (dek, headings).
 */
export function labelUnits(units: readonly Unit[]): Label[] {
  const labels: Array<Label | undefined> = units.map((unit) => labelByItself(unit))

  const headline = labels.findIndex((label, index) => label === undefined && looksLikeHeadline(units[index]!.text))
  if (headline >= 0) {
    labels[headline] = 'headline'
    // What stands above the headline is page furniture, whatever it says.
    for (let index = 0; index < headline; index++) labels[index] = 'boilerplate'
    markDek(units, labels, headline)
  }

  markHeadings(units, labels, headline)

  return labels.map((label) => label ?? 'paragraph')
}

function labelByItself(unit: Unit): Label | undefined {
  if (isBoilerplate(unit.text)) return 'boilerplate'
  if (unit.occurrences.length > 1 || isCaption(unit.text)) return 'caption'
  if (readByline(unit.text)) return 'byline'
  if (readCredit(unit.text)) return 'credit'
  return undefined
}

/** The dek is the open line after the headline when it does not read like the first paragraph. */
function markDek(units: readonly Unit[], labels: Array<Label | undefined>, headline: number): void {
  let index = headline + 1
  while (index < units.length && labels[index] !== undefined && labels[index] !== 'caption') index++
  const unit = units[index]
  if (!unit || labels[index] !== undefined || readDateline(unit.text)) return
  const next = nextOpen(labels, index)
  const captionFollows = labels[index + 1] === 'caption'
  if (countWords(unit.text) >= 4 && (!endsLikeSentence(unit.text) || captionFollows) && next !== undefined) {
    labels[index] = 'dek'
  }
}

/** Headings are short heading-shaped lines inside the body that a longer paragraph follows. */
function markHeadings(units: readonly Unit[], labels: Array<Label | undefined>, headline: number): void {
  let seenParagraph = false
  for (let index = Math.max(0, headline + 1); index < units.length; index++) {
    if (labels[index] !== undefined) continue
    const unit = units[index]!
    if (seenParagraph && looksLikeHeading(unit.text)) {
      const next = nextOpen(labels, index)
      const following = next === undefined ? undefined : units[next]!
      if (following && !looksLikeHeading(following.text) && countWords(following.text) > countWords(unit.text)) {
        labels[index] = 'heading'
        continue
      }
    }
    seenParagraph = true
  }
}

function nextOpen(labels: ReadonlyArray<Label | undefined>, index: number): number | undefined {
  for (let next = index + 1; next < labels.length; next++) {
    if (labels[next] === undefined) return next
    if (labels[next] !== 'caption') return undefined
  }
  return undefined
}
