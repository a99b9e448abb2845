import type {Unit} from '../blocks/group-repeats.js'
import {isBoilerplate} from './is-boilerplate.js'
import {looksLikeHeadline} from './is-headline.js'
import type {Label} from './label.js'
import {isBylineOrDate} from './is-byline-or-date.js'
import {isProse} from './text-shape.js'
import {topicShare, topicStems} from './topic-stems.js'

/** How many units above the body the headline is looked for. */
const window = 60
/** How many units of the body's opening are compared with a candidate headline. */
const leadUnits = 4

/**
 * Find the headline: the headline-shaped line above the body that best fits
 * it. A candidate scores the share of its topic words that the body's opening
 * repeats (a headline sums up its story; menu labels, teasers and polls do
 * not), plus a bonus when a byline or date follows within three lines, minus a
 * little for every line between it and the body. When the line above the
 * winner is also headline-shaped (a line or two of dek may stand between), the
 * upper one is the headline: the headline comes before its dek.
 *
 * @param bodyStart Index of the first unit of the body.
 * @returns The index of the headline unit, or `undefined` when no line above the body reads like one.
 */
export function findHeadline(units: readonly Unit[], labels: ReadonlyArray<Label | undefined>, bodyStart: number): number | undefined {
  const lead = topicStems(
    units
      .slice(bodyStart, bodyStart + leadUnits * 3)
      .filter((unit) => isProse(unit.text) && !looksLikeHeadline(unit.text))
      .slice(0, leadUnits)
      .map((unit) => unit.text)
      .join(' ')
  )
  let best: number | undefined
  let bestScore = -Infinity
  const overlaps = new Map<number, number>()
  // The body's first line may be the headline itself when it ends with a question mark.
  for (let index = Math.min(bodyStart, units.length - 1); index >= Math.max(0, bodyStart - window); index--) {
    if (!isCandidate(units[index]!, labels[index])) continue
    const overlap = topicOverlap(units[index]!.text, lead)
    overlaps.set(index, overlap)
    const score = overlap + (bylineFollows(units, index, bodyStart) ? 0.5 : 0) - 0.01 * (bodyStart - index)
    if (score > bestScore) {
      bestScore = score
      best = index
    }
  }
  if (best === undefined) return undefined
  // Climb over a dek: up to two lines above, past at most one prose line, to a
  // line that shares the story's words about as well.
  let headline = best
  for (let step = 1; step <= 2 && best - step >= 0; step++) {
    const index = best - step
    const unit = units[index]!
    if (isCandidate(unit, labels[index]) && (overlaps.get(index) ?? 0) >= 0.5 * (overlaps.get(best) ?? 0)) {
      headline = index
      continue
    }
    if (!isProse(unit.text) || labels[index] !== undefined) break
  }
  return headline
}

function isCandidate(unit: Unit, label: Label | undefined): boolean {
  // A line printed twice in a row is a headline as often as a caption.
  const open = label === undefined || (label === 'caption' && unit.occurrences.length > 1)
  return open && looksLikeHeadline(unit.text) && !isBoilerplate(unit.text)
}

function bylineFollows(units: readonly Unit[], index: number, bodyStart: number): boolean {
  for (let next = index + 1; next <= index + 3 && next < bodyStart; next++) {
    if (isBylineOrDate(units[next]!.text)) return true
  }
  return false
}

/** Share of a candidate's topic words that the lead repeats (see {@link topicShare}). */
function topicOverlap(text: string, lead: ReadonlySet<string>): number {
  return topicShare(topicStems(text), lead)
}
