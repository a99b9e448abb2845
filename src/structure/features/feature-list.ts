import type {Feature} from './feature.js'
import {layoutFeatures} from './layout-features.js'
import {lexiconFeatures} from './lexicon-features.js'
import {positionFeatures} from './position-features.js'
import type {DocumentFacts} from './read-document.js'
import {shapeFeatures} from './shape-features.js'
import {topicFeatures} from './topic-features.js'

/** The features a unit has by itself or by where it stands. */
export const unitFeatures: readonly Feature[] = [
  ...shapeFeatures,
  ...lexiconFeatures,
  ...positionFeatures,
  ...topicFeatures,
  ...layoutFeatures
]

/** Which of the {@link unitFeatures} the neighbours lend a unit, and from how far. */
const borrowed: ReadonlyArray<readonly [name: string, offsets: readonly number[]]> = [
  ['log-words', [-1, 1]],
  ['ends-like-sentence', [-1, 1]],
  ['prose', [-2, -1, 1, 2]],
  ['heading-shaped', [-2, -1, 1, 2]],
  ['title-share', [-1, 1]],
  ['all-capitals', [-1, 1]],
  ['caption-marks', [-1, 1]],
  ['furniture-marks', [-1, 1]],
  ['photo-credit-line', [-1, 1]],
  ['byline-or-date', [-1, 1]],
  ['headline-shaped', [-1, 1]],
  ['headline-pick', [-1]],
  ['repeated', [-1, 1]],
  ['printed-twice', [-1, 1]],
  ['has-bar', [-1, 1]],
  ['one-word', [-1, 1]],
  ['scene-verb', [-1, 1]],
  ['introduces-longer', [-1, 1]],
  ['caption-evidence', [-1, 1]]
]

const offsetName = (offset: number) => (offset < 0 ? `previous-${-offset}` : `next-${offset}`)

/** Where each borrowed feature comes from: the unit feature's place and the offset. */
const sources: ReadonlyArray<readonly [feature: number, offset: number]> = borrowed.flatMap(([name, offsets]) => {
  const feature = unitFeatures.findIndex((entry) => entry.name === name)
  if (feature < 0) throw new Error(`news-anatomy: no unit feature named ${name}`)
  return offsets.map((offset) => [feature, offset] as const)
})

/** The features a unit's neighbours lend it ("previous-1:prose"): context from their features, never from their labels. */
export const contextFeatures: readonly Feature[] = /* @__PURE__ */ sources.map(([feature, offset]) => {
  const source = unitFeatures[feature]!
  return {
    name: `${offsetName(offset)}:${source.name}`,
    value: (document: DocumentFacts, index: number) => {
      const other = index + offset
      return other < 0 || other >= document.units.length ? 0 : source.value(document, other)
    }
  }
})

/**
 * The unit features whose weight differs between an article's own text and
 * a whole page's rendering: each is also given times the document's share of
 * lines without a blank line before them (high on a page, low on clean text).
 */
const pageShaded: readonly string[] = [
  'log-words', 'prose', 'heading-shaped', 'title-share', 'repeated', 'caption-marks', 'before-body', 'after-body',
  'headline-pick', 'caption-evidence', 'introduces-longer', 'log-short-run', 'next-prose-overlap'
]

/** Where each page-shaded feature comes from. */
const shaded: readonly number[] = pageShaded.map((name) => {
  const feature = unitFeatures.findIndex((entry) => entry.name === name)
  if (feature < 0) throw new Error(`news-anatomy: no unit feature named ${name}`)
  return feature
})

/** The page-shaded features ("on-page:prose"). */
export const pageFeatures: readonly Feature[] = /* @__PURE__ */ shaded.map((feature) => {
  const source = unitFeatures[feature]!
  return {
    name: `on-page:${source.name}`,
    value: (document: DocumentFacts, index: number) => (1 - document.blankShare) * source.value(document, index)
  }
})

/** Every feature, in the order of the fitted weights. */
export const featureList: readonly Feature[] = /* @__PURE__ */ unitFeatures.concat(contextFeatures, pageFeatures)

/** The names of {@link featureList}, in order. */
export const featureNames: readonly string[] = /* @__PURE__ */ featureList.map((feature) => feature.name)

/**
 * Measure every unit of a document: one row of {@link featureList} values per
 * unit. Each unit feature is computed once per unit; the neighbours' and
 * the page-shaded features are derived from the rows. With `only`, just the
 * rows of those units are made (the others are left out of the array), and
 * of their neighbours only the features they lend, so a long document with a
 * few lines to weigh costs those lines.
 */
export function measureUnits(document: DocumentFacts, only?: readonly number[]): Float64Array[] {
  const count = document.units.length
  const own = unitFeatures.length
  const width = own + sources.length + shaded.length
  const wanted = only ?? Array.from({length: count}, (_, index) => index)
  const rows: Float64Array[] = []
  for (const index of wanted) {
    const row = (rows[index] = new Float64Array(width))
    for (let feature = 0; feature < own; feature++) row[feature] = unitFeatures[feature]!.value(document, index)
  }
  const page = 1 - document.blankShare
  const shadedStart = own + sources.length
  for (const index of wanted) {
    const row = rows[index]!
    sources.forEach(([feature, offset], place) => {
      const other = index + offset
      // A neighbour with a row of its own lends from it; another is measured for the feature it lends.
      row[own + place] = other < 0 || other >= count ? 0 : (rows[other]?.[feature] ?? unitFeatures[feature]!.value(document, other))
    })
    shaded.forEach((feature, place) => {
      row[shadedStart + place] = page * row[feature]!
    })
  }
  return rows
}
