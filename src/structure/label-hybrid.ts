import type {Unit} from '../blocks/group-repeats.js'
import {carriesTimeStamp} from './carries-time-stamp.js'
import {combineFurniture} from './combine-furniture.js'
import {measureUnits} from './features/feature-list.js'
import {readDocument} from './features/read-document.js'
import {isCreditLine} from './find-photo-credit.js'
import {isBoilerplate} from './is-boilerplate.js'
import {looksLikeHeading} from './is-heading.js'
import {countWords} from './text-shape.js'
import type {Label} from './label.js'
import {readByRules} from './label-by-rules.js'
import type {RulesReading} from './label-by-rules.js'
import {unitWordRuns} from './copied-words.js'
import {furnitureOdds} from './furniture-model.js'
import type {FurnitureModel} from './furniture-model.js'
import shipped from './furniture-weights.json' with {type: 'json'}

/** The cut of the fitted model the hybrid labeller ships (`npm run train` writes it beside `label-weights.json`). */
export const furnitureModel: FurnitureModel = shipped

/**
 * The lines the rules leave to the fitted model: on an article's own text
 * (not a whole page's rendering), lines inside the body (between its first
 * paragraph and its last) that the rules called furniture from their context
 * alone, with no mark of their own (a furniture word, a photo credit, a
 * date or a clock time: see `isBoilerplate`, `isCreditLine`,
 * `carriesTimeStamp`). The rules take a line printed twice for a repeated
 * link; inside a story it may as well be a heading or a paragraph printed
 * again (a heading listed in a table of contents, say), and the model,
 * which weighs what the line is beside where it stands, tells them apart.
 *
 * @returns The indices of those lines, in order.
 */
export function modelCandidates(units: readonly Unit[], reading: RulesReading): number[] {
  const {labels, page} = reading
  if (page) return []
  const headline = labels.indexOf('headline')
  const first = labels.indexOf('paragraph', headline + 1)
  const last = labels.lastIndexOf('paragraph')
  const candidates: number[] = []
  if (first < 0) return candidates
  for (let index = first + 1; index < last; index++) {
    const text = units[index]!.text
    if (labels[index] !== 'boilerplate' || isBoilerplate(text) || isCreditLine(text) || carriesTimeStamp(text, countWords(text))) continue
    candidates.push(index)
  }
  return candidates
}

/**
 * Let the fitted model settle the {@link modelCandidates} (see
 * `combineFurniture`); every other label stays the rules'.
 *
 * @param units The article's units.
 * @param reading What the rules found (see `readByRules`).
 * @param candidates The lines left to the model.
 * @param rows Per unit, its measured features (see `measureUnits`).
 * @param model The cut of the fitted model that weighs them (see `FurnitureModel`).
 */
export function settleFurniture(
  units: readonly Unit[],
  reading: Pick<RulesReading, 'labels'>,
  candidates: readonly number[],
  rows: readonly Float64Array[],
  model: FurnitureModel
): Label[] {
  const labels = [...reading.labels]
  for (const index of candidates) {
    labels[index] = combineFurniture(labels[index]!, furnitureOdds(rows[index]!, model), looksLikeHeading(units[index]!.text))
  }
  return labels
}

/**
 * Label every unit with the rules (`readByRules`), then let the fitted model
 * settle the few lines the rules are unsure of ({@link modelCandidates}):
 * the rules decide furniture marks, headline, dek, byline, captions,
 * credits, paragraphs and headings; the model only whether a line the rules
 * took for furniture by its context alone, in the body of an article's own
 * text, is furniture, a paragraph or a heading. The model measures the
 * document only when such a line exists.
 *
 * @param units The article's units.
 * @param model The cut of the fitted model; the shipped one by default (an
 *   outlet's cross-validated figure passes its fold's).
 */
export function labelHybrid(units: readonly Unit[], model: FurnitureModel = furnitureModel): Label[] {
  // The word-run index and the searches the rules make, the features read again.
  const wordRuns = unitWordRuns(units)
  const reading = readByRules(units, wordRuns)
  const candidates = modelCandidates(units, reading)
  if (candidates.length === 0) return reading.labels
  return settleFurniture(units, reading, candidates, measureUnits(readDocument(units, wordRuns, reading.searched), candidates), model)
}
