import type {Unit} from '../blocks/group-repeats.js'
import {looksLikeHeadline} from './is-headline.js'
import type {Label} from './label.js'
import {headlineContext, headlineFeatureNames, headlineFeatures, headlineWindow} from './headline-features.js'
import shipped from './headline-weights.json' with {type: 'json'}
import {isProse} from './text-shape.js'

/** One weight per measured feature of a headline candidate (see `headline-features.ts`). */
export type HeadlineWeights = Readonly<Record<(typeof headlineFeatureNames)[number], number>>

/**
 * The shipped weights: fitted by `scripts/train/fit-headline.ts --write` (a
 * conditional logit over each page's candidates, l2 0.01) on the text-path
 * documents of the `structure` and `structure-silver` corpora; the script
 * prints their accuracy per corpus, rendering and half of the outlets.
 */
const shippedWeights: HeadlineWeights = shipped.weights
/** Where the topic overlap stands among the features (the dek climb below compares it). */
const overlapPlace = headlineFeatureNames.indexOf('topicOverlap')

/**
 * Find the headline: the headline-shaped line above the body that best fits
 * it. A candidate scores a weighted sum of its measured features
 * (`headline-features.ts`): chiefly the share of its topic words that the
 * body's opening repeats (a headline sums up its story; menu labels, teasers
 * and polls do not), a byline or date within three lines, and its distance
 * above the body; the weights are kept in `headline-weights.json`. When the line above the
 * winner is also headline-shaped (a line or two of dek may stand between), the
 * upper one is the headline: the headline comes before its dek.
 *
 * @param bodyStart Index of the first unit of the body.
 * @param weights The scorer's weights (the shipped ones by default; training passes its own).
 * @returns The index of the headline unit, or `undefined` when no line above the body reads like one.
 */
export function findHeadline(units: readonly Unit[], labels: ReadonlyArray<Label | undefined>, bodyStart: number, weights: HeadlineWeights = shippedWeights): number | undefined {
  const context = headlineContext(units, bodyStart)
  let best: number | undefined
  let bestScore = -Infinity
  const overlaps = new Map<number, number>()
  // The body's first line may be the headline itself when it ends with a question mark.
  for (let index = Math.min(bodyStart, units.length - 1); index >= Math.max(0, bodyStart - headlineWindow); index--) {
    if (!isCandidate(units[index]!, labels[index])) continue
    const features = headlineFeatures(context, index)
    overlaps.set(index, features[overlapPlace]!)
    const score = scoreHeadline(features, weights)
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

/**
 * Whether a unit may be the headline: open (or a line printed twice) and
 * headline-shaped. Furniture is not open: both callers' marks label it first.
 */
export function isCandidate(unit: Unit, label: Label | undefined): boolean {
  // A line printed twice in a row is a headline as often as a caption.
  const open = label === undefined || (label === 'caption' && unit.occurrences.length > 1)
  return open && looksLikeHeadline(unit.text)
}

/** A candidate's score: its features weighted. */
export function scoreHeadline(features: readonly number[], weights: HeadlineWeights): number {
  let score = 0
  headlineFeatureNames.forEach((name, place) => {
    score += weights[name] * features[place]!
  })
  return score
}
