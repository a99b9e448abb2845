import type {Unit} from '../blocks/group-repeats.js'
import {constraintsOf} from './constraints-of.js'
import {decodeLabels} from './decode-labels.js'
import {measureUnits} from './features/feature-list.js'
import {readDocument} from './features/read-document.js'
import type {Label} from './label.js'
import type {LabelModel} from './label-model.js'
import {scoreUnits} from './score-units.js'
import shipped from './label-weights.json' with {type: 'json'}

export type {Label} from './label.js'

/** The fitted model shipped with the package (`npm run train` writes it). */
export const labelModel: LabelModel = shipped as unknown as LabelModel

/**
 * Label every unit of an article: page furniture, headline, dek, byline,
 * captions, section headings, credits and body paragraphs.
 *
 * Every unit is measured once ({@link readDocument}, {@link measureUnits}),
 * the fitted model gives each label a probability, and the decoder picks
 * the best sequence under the hard constraints (furniture before the
 * headline, at most one headline, a dek only before the body).
 *
 * @param units The article's units.
 * @param model The fitted model; the shipped one by default.
 */
export function labelUnits(units: readonly Unit[], model: LabelModel = labelModel): Label[] {
  if (units.length === 0) return []
  const document = readDocument(units)
  return decodeLabels(scoreUnits(measureUnits(document), model), model, constraintsOf(document))
}
