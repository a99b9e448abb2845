/**
 * Outlet-level cross-validation of the structure labeller: for each fold of
 * outlets, fit from zero on every other outlet's documents, with the same
 * settings as the shipped fit, label the fold's own documents with that fit,
 * and return their structure. No fold sees its own outlets: not in its
 * weights, its standardisation, its transitions, nor a start point.
 */
import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
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
  /** The model that labelled it (fitted without its outlet). */
  readonly model: LabelModel
  /** Per unit, that model's log-probability of each label (see `scoreUnits`). */
  readonly scores: readonly Float64Array[]
}

/** Label one measured document with a model and build its structure. */
export function labelWith(document: TrainingDocument, model: LabelModel): HeldOutResult {
  const scores = scoreUnits(document.rows, model)
  const labels = decodeLabels(scores, model, constraintsOf(document.facts))
  return {document, labels, structure: buildStructure(document.units, labels, createLocator(document.document.text)), model, scores}
}

/**
 * Split outlets into folds: one per outlet, or `groups` folds dealt in turn
 * from the sorted outlets (deterministic; a cheaper scheme that still never
 * fits on the outlets it scores).
 *
 * @example
 *   outletFolds(['a', 'b', 'c'], 2) // [['a', 'c'], ['b']]
 */
export function outletFolds(outlets: readonly string[], groups?: number): string[][] {
  const sorted = [...new Set(outlets)].sort()
  if (groups === undefined || groups >= sorted.length) return sorted.map((outlet) => [outlet])
  if (!Number.isInteger(groups) || groups < 2) throw new TypeError(`outletFolds: \`groups\` must be an integer of 2 or more, got ${groups}`)
  const folds: string[][] = Array.from({length: groups}, () => [])
  sorted.forEach((outlet, index) => folds[index % groups]!.push(outlet))
  return folds
}

/** Options of {@link crossValidate}. */
export interface CrossValidateOptions {
  /** How many folds of outlets; one fold per outlet when absent. */
  readonly groups?: number
  /** Called after each fold with its number and the count of folds (progress). */
  readonly onFold?: (done: number, folds: number) => void
  /**
   * A folder to keep each fold's fitted model in, named by a hash of what
   * decides it (the training documents' ids and gold labels, the feature
   * names, the settings), so that a second run with the same inputs reads it
   * instead of fitting again. A change to a feature's code that keeps its
   * name is not seen: empty the folder after one.
   */
  readonly cache?: string
}

/** Fit a fold's model, or read it from `cache` when the same inputs were fitted before. */
function fitFold(training: readonly TrainingDocument[], settings: TrainingSettings, cache: string | undefined): LabelModel {
  const fit = () => fitModel(training, {features: featureNames, corpus: corpusSummary(training), settings})
  if (cache === undefined) return fit()
  const hash = createHash('sha1')
  hash.update(JSON.stringify({settings, features: featureNames}))
  for (const entry of training) hash.update(`${entry.document.folder}/${entry.document.id}.${entry.document.rendering}:${entry.labels.join(',')}\n`)
  const path = join(cache, `${hash.digest('hex')}.json`)
  if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as LabelModel
  const model = fit()
  mkdirSync(cache, {recursive: true})
  writeFileSync(path, JSON.stringify(model))
  return model
}

/**
 * Cross-validate by outlet.
 *
 * @param documents Every training document (all folders).
 * @param held Which documents to score (e.g. one folder's); each is labelled
 *   by a model fitted from zero on the documents of every other fold.
 * @param settings The fit's settings (the shipped ones for an honest figure).
 */
export function crossValidate(
  documents: readonly TrainingDocument[],
  held: (document: TrainingDocument) => boolean,
  settings: TrainingSettings,
  options: CrossValidateOptions = {}
): HeldOutResult[] {
  const results: HeldOutResult[] = []
  const folds = outletFolds(documents.filter(held).map((entry) => entry.document.outlet), options.groups)
  for (const [done, fold] of folds.entries()) {
    const out = new Set(fold)
    const training = documents.filter((entry) => !out.has(entry.document.outlet))
    const model = fitFold(training, settings, options.cache)
    for (const document of documents) {
      if (out.has(document.document.outlet) && held(document)) results.push(labelWith(document, model))
    }
    options.onFold?.(done + 1, folds.length)
  }
  return results
}
