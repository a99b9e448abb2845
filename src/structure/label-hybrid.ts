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
import type {LabelModel} from './label-model.js'
import {labelModel} from './label-units.js'
import {scoreUnits} from './score-units.js'

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
 * @param scores Per unit, the model's log-probability of each label (see `scoreUnits`).
 * @param model The model the scores come from (for its label order).
 */
export function settleFurniture(
  units: readonly Unit[],
  reading: RulesReading,
  candidates: readonly number[],
  scores: readonly Float64Array[],
  model: Pick<LabelModel, 'labels'>
): Label[] {
  const labels = [...reading.labels]
  const [heading, paragraph, boilerplate] = (['heading', 'paragraph', 'boilerplate'] as const).map((label) => model.labels.indexOf(label))
  for (const index of candidates) {
    const row = scores[index]!
    const odds = {heading: row[heading!]!, paragraph: row[paragraph!]!, boilerplate: row[boilerplate!]!}
    labels[index] = combineFurniture(labels[index]!, odds, looksLikeHeading(units[index]!.text))
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
 * @param model The fitted model; the shipped one by default (an outlet's
 *   cross-validated figure passes the fold's).
 */
export function labelHybrid(units: readonly Unit[], model: LabelModel = labelModel): Label[] {
  const reading = readByRules(units)
  const candidates = modelCandidates(units, reading)
  if (candidates.length === 0) return reading.labels
  return settleFurniture(units, reading, candidates, scoreUnits(measureUnits(readDocument(units)), model), model)
}
