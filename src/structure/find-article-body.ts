import type {Unit} from '../blocks/group-repeats.js'
import type {Label} from './label.js'
import {isProse} from './text-shape.js'

/** Where the article body is among the units: `[start, end)`. */
export interface BodySpan {
  /** Index of the first unit of the body. */
  readonly start: number
  /** Index after the last unit of the body. */
  readonly end: number
}

/** What a line that is not prose costs the run that holds it, in characters of prose. */
export const nonProseCost = 60

/**
 * Find the article body: the densest run of prose lines.
 *
 * Every line scores its length when it reads like prose and a fixed cost when
 * it does not (a menu item, a teaser title, a share button); the body is the
 * run with the highest total (a maximum-subarray search, one linear pass). On
 * a whole web page this finds the story among menus, teasers and footers; on
 * an article's own text it spans the whole body. Captions found by their
 * marks cost nothing (they stand inside bodies), and credit lines count as
 * prose (they close bodies).
 *
 * @returns The span, or `{start: 0, end: 0}` when no line reads like prose.
 */
export function findArticleBody(units: readonly Unit[], labels: ReadonlyArray<Label | undefined>): BodySpan {
  let best: BodySpan = {start: 0, end: 0}
  let bestScore = 0
  let runStart = 0
  let runScore = 0
  for (let index = 0; index < units.length; index++) {
    const gain = lineGain(units[index]!, labels[index])
    if (runScore <= 0) {
      runStart = index
      runScore = 0
    }
    runScore += gain
    if (runScore > bestScore) {
      bestScore = runScore
      best = {start: runStart, end: index + 1}
    }
  }
  return best
}

function lineGain(unit: Unit, label: Label | undefined): number {
  switch (label) {
    case 'caption':
      return 0
    case 'credit':
      return unit.text.length
    case undefined:
      return isProse(unit.text) ? Math.min(unit.text.length, 2000) : -nonProseCost
    default:
      return -nonProseCost
  }
}
