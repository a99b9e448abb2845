import type {Unit} from '../blocks/group-repeats.js'
import {isBylineOrDate} from './is-byline-or-date.js'
import {looksLikeHeadline} from './is-headline.js'
import {countCopies} from './count-copies.js'
import {countWords, isProse} from './text-shape.js'
import {topicShare, topicStems} from './topic-stems.js'

/** How many units above the body the headline is looked for. */
export const headlineWindow = 60

/** Names of the measured features of a headline candidate, in the order {@link headlineFeatures} returns them. */
export const headlineFeatureNames = [
  'topicOverlap',
  'bylineBelow',
  'bylineAbove',
  'distance',
  'words',
  'titleCase',
  'repeatedOnPage',
  'printedTwice',
  'prose',
  'question',
  'headlineAbove'
] as const

/** What a page offers every candidate alike: its units, where the body starts, the topic stems of the body's opening, how often each text is printed. */
export interface HeadlineContext {
  readonly units: readonly Unit[]
  readonly bodyStart: number
  /** Topic stems of the body's opening. */
  readonly lead: ReadonlySet<string>
  /** How many units carry each text. */
  readonly counts: ReadonlyMap<string, number>
}

/** How far a byline or date line may stand from a headline. */
const bylineReach = 3
/** How many units of the body's opening are compared with a candidate headline. */
const leadUnits = 4

/**
 * Gather what {@link headlineFeatures} compares every candidate of a page
 * with; the lead is the topic stems of the body's first four prose lines
 * that are not headline-shaped, looked for among its first twelve.
 */
export function headlineContext(units: readonly Unit[], bodyStart: number): HeadlineContext {
  const lead = topicStems(
    units
      .slice(bodyStart, bodyStart + leadUnits * 3)
      .filter((unit) => isProse(unit.text) && !looksLikeHeadline(unit.text))
      .slice(0, leadUnits)
      .map((unit) => unit.text)
      .join(' ')
  )
  return {units, bodyStart, lead, counts: countCopies(units)}
}

/**
 * Measure one headline candidate: each value lies in `[0, 1]`. The share of
 * its topic words the body's opening repeats, a byline or date within three
 * lines below (or above) it, its distance above the body (as a share of the
 * search window), its length in words, its share of capitalised words,
 * whether the page prints it elsewhere or twice in a row, whether it reads
 * like prose, whether it ends with a question mark, and whether the line
 * above it is headline-shaped too.
 */
export function headlineFeatures(context: HeadlineContext, index: number): number[] {
  const {units, bodyStart} = context
  const text = units[index]!.text
  const words = text.split(/\s+/).filter((word) => word !== '')
  const capitalised = words.filter((word) => /^["'“‘(]?\p{Lu}/u.test(word)).length
  return [
    topicOverlap(text, context.lead),
    bylineNear(units, index + 1, Math.min(index + bylineReach, bodyStart - 1)),
    bylineNear(units, Math.max(0, index - bylineReach), index - 1),
    Math.min(1, (bodyStart - index) / headlineWindow),
    Math.min(1, countWords(text) / 40),
    words.length === 0 ? 0 : capitalised / words.length,
    (context.counts.get(text) ?? 0) > 1 ? 1 : 0,
    units[index]!.occurrences.length > 1 ? 1 : 0,
    isProse(text) ? 1 : 0,
    text.endsWith('?') ? 1 : 0,
    index > 0 && looksLikeHeadline(units[index - 1]!.text) ? 1 : 0
  ]
}

function bylineNear(units: readonly Unit[], from: number, to: number): number {
  for (let index = from; index <= to; index++) if (isBylineOrDate(units[index]!.text)) return 1
  return 0
}

/**
 * Share of a candidate's topic words that the lead repeats, counting one
 * word more than the candidate has, so a one-word match ("Find a new job")
 * weighs less than a headline's several.
 */
export function topicOverlap(text: string, lead: ReadonlySet<string>): number {
  return topicShare(topicStems(text), lead)
}
