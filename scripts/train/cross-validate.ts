/**
 * Leave-one-outlet-out cross-validation of the structure labeller: for each
 * outlet, fit on every other outlet's documents, label the outlet's own
 * documents with that fit, and return their structure.
 */
import {createLocator} from '../../src/locate.js'
import {buildStructure} from '../../src/structure/build-article.js'
import type {Structure} from '../../src/structure/build-article.js'
import {decodeLabels} from '../../src/structure/decode-labels.js'
import {featureNames} from '../../src/structure/features/feature-list.js'
import {constraintsOf} from '../../src/structure/constraints-of.js'
import type {Label} from '../../src/structure/label.js'
import type {LabelModel} from '../../src/structure/label-model.js'
import {scoreUnits} from '../../src/structure/score-units.js'
import {corpusSummary} from './corpus-summary.js'
import {fitModel} from './fit-model.js'
import type {TrainingSettings} from './fit-model.js'
import type {TrainingDocument} from './measure-corpus.js'

/** A document labelled by a model that never saw its outlet. */
export interface HeldOutResult {
  readonly document: TrainingDocument
  readonly labels: readonly Label[]
  readonly structure: Structure
}

/** Label one measured document with a model and build its structure. */
export function labelWith(document: TrainingDocument, model: LabelModel): HeldOutResult {
  const labels = decodeLabels(scoreUnits(document.rows, model), model, constraintsOf(document.facts))
  return {document, labels, structure: buildStructure(document.units, labels, createLocator(document.document.text))}
}

/**
 * Cross-validate by outlet.
 *
 * @param documents Every training document (all folders).
 * @param held Which documents to score (e.g. one folder's); each is labelled
 *   by a model fitted on the documents of every other outlet.
 * @param warmStart A model fitted on everything, to start each fold from:
 *   the objective is strictly convex, so each fold converges to its own
 *   optimum wherever it starts; the start only saves iterations.
 */
export function crossValidate(
  documents: readonly TrainingDocument[],
  held: (document: TrainingDocument) => boolean,
  settings: TrainingSettings,
  warmStart?: LabelModel
): HeldOutResult[] {
  const outlets = [...new Set(documents.filter(held).map((entry) => entry.document.outlet))].sort()
  const results: HeldOutResult[] = []
  for (const outlet of outlets) {
    const training = documents.filter((entry) => entry.document.outlet !== outlet)
    const model = fitModel(training, {
      features: featureNames,
      corpus: corpusSummary(training),
      settings,
      ...(warmStart ? {warmStart} : {})
    })
    for (const document of documents) {
      if (document.document.outlet === outlet && held(document)) results.push(labelWith(document, model))
    }
  }
  return results
}
