import type {Unit} from '../blocks/group-repeats.js'
import bodyGap from './body-gap.json' with {type: 'json'}
import type {Label} from './label.js'
import {isProse} from './text-shape.js'
import {topicShare, topicStems} from './topic-stems.js'

/** Where the article body is among the units: `[start, end)`. */
export interface BodySpan {
  /** Index of the first unit of the body. */
  readonly start: number
  /** Index after the last unit of the body. */
  readonly end: number
}

/** What a line that is not prose costs the run that holds it, in characters of prose. */
export const nonProseCost = 60

/** A run of prose found by the search, with its score (characters of prose less the cost of its other lines). */
export interface Run extends BodySpan {
  readonly score: number
  /** How many of its lines add to the score (prose and credits). */
  readonly lines: number
}

/** The weights of a run's measured features, in the order {@link runFeatures} returns them. */
export type RunWeights = readonly number[]

/**
 * Measure a run of prose: the logarithm of its score, and whether it is a
 * single line. A story holds several paragraphs; a legal line or a teaser's
 * blurb is one long line alone.
 */
export function runFeatures(run: Run): number[] {
  return [Math.log(run.score), run.lines > 1 ? 0 : 1]
}

/**
 * Find the article body: the densest run of prose lines, extended upward over
 * a chart or a widget that splits the story.
 *
 * Every line scores its length when it reads like prose and a fixed cost when
 * it does not (a menu item, a teaser title, a share button); the densest run
 * is the one with the highest total (a maximum-subarray search, one linear
 * pass), where a run of a single line weighs less than its total says
 * ({@link runFeatures}; weights fitted by `scripts/train/fit-body.ts`): a
 * legal line or a teaser's blurb at a page's foot is no story, even when it
 * is a little longer than one. On a whole web page this finds the story among menus, teasers and
 * footers; on an article's own text it spans the whole body. Captions found
 * by their marks cost nothing (they stand inside bodies), and credit lines
 * count as prose (they close bodies).
 *
 * A chart, a fact box or an ad block inside a story splits it into two runs,
 * and the search takes the larger one. So a run above the body, a short gap
 * away, that holds a paragraph's worth of prose and repeats the body's topic
 * words is the story's opening: the body extends over it (and on, run by
 * run). The limits (gap in lines, the run's score, the share of its topic
 * words the body has) are measured on the corpus and kept in
 * `body-gap.json`. Runs below the body are not joined: on the development
 * pages no story continued below a gap, and comments and teasers there
 * repeat the story's words.
 *
 * @param weights The weights of {@link runFeatures} (the shipped ones by default; training passes its own).
 * @returns The span, or `{start: 0, end: 0}` when no line reads like prose.
 */
export function findArticleBody(units: readonly Unit[], labels: ReadonlyArray<Label | undefined>, weights: RunWeights = bodyGap.runWeights): BodySpan {
  const runs = proseRuns(units, labels)
  if (runs.length === 0) return {start: 0, end: 0}
  const scores = runs.map((run) => runFeatures(run).reduce((sum, value, place) => sum + value * weights[place]!, 0))
  const bestIndex = scores.reduce((best, score, index) => (score > scores[best]! ? index : best), 0)
  const best = runs[bestIndex]!
  const words = runWords(units, labels, best)
  let start = best.start
  for (let index = bestIndex - 1; index >= 0; index--) {
    const run = runs[index]!
    if (start - run.end > bodyGap.maxGapLines) break
    if (run.score < bodyGap.minRunScore) continue
    const above = runWords(units, labels, run)
    if (topicShare(above, words) < bodyGap.minTopicOverlap) continue
    for (const word of above) words.add(word)
    start = run.start
  }
  return {start, end: best.end}
}

/** The positive runs of the maximum-subarray search, in order: each the best-scoring stretch between two resets. */
export function proseRuns(units: readonly Unit[], labels: ReadonlyArray<Label | undefined>): Run[] {
  const runs: Run[] = []
  let best: Run | undefined
  let runStart = 0
  let runScore = 0
  let runLines = 0
  for (let index = 0; index < units.length; index++) {
    const gain = lineGain(units[index]!, labels[index])
    if (runScore <= 0) {
      if (best) runs.push(best)
      best = undefined
      runStart = index
      runScore = 0
      runLines = 0
    }
    runScore += gain
    if (gain > 0) runLines++
    if (runScore > (best?.score ?? 0)) best = {start: runStart, end: index + 1, score: runScore, lines: runLines}
  }
  if (best) runs.push(best)
  return runs
}

/** Topic words of a run's own prose lines. */
function runWords(units: readonly Unit[], labels: ReadonlyArray<Label | undefined>, run: BodySpan): Set<string> {
  const words = new Set<string>()
  for (let index = run.start; index < run.end; index++) {
    const text = units[index]!.text
    if (labels[index] === undefined && isProse(text)) for (const word of topicStems(text)) words.add(word)
  }
  return words
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
