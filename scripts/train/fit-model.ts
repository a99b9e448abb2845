/**
 * Fit a {@link LabelModel} from labelled, measured documents: standardise
 * the features, fit the logistic weights, count the label transitions.
 */
import type {Label} from '../../src/structure/label.js'
import {labels} from '../../src/structure/label.js'
import type {LabelModel, LabelModelSettings} from '../../src/structure/label-model.js'
import {fitLogistic} from './fit-logistic.js'

/** One document ready for fitting: a feature row and a gold label per unit. */
export interface MeasuredDocument {
  readonly rows: readonly Float64Array[]
  readonly labels: readonly Label[]
  /** Whether the gold is silver (an extraction, not hand-checked). */
  readonly silver: boolean
}

/** Settings that decide the fitted file (no dates, no randomness): the ones the weights file records. */
export type TrainingSettings = LabelModelSettings

/** The settings `npm run train` uses; chosen by the outlet-level cross-validation. */
export const defaultSettings: TrainingSettings = {l2: 4, iterations: 100, transitionWeight: 0.5, classBalance: 0.5, goldWeight: 3, scaleFloor: 0.3}

/** Add-one smoothed log-probabilities of each label after each label, and of each label opening a document. */
export function fitTransitions(documents: readonly MeasuredDocument[]): {transitions: number[][]; start: number[]} {
  const size = labels.length
  const counts = labels.map(() => new Array<number>(size).fill(1))
  const starts = new Array<number>(size).fill(1)
  for (const document of documents) {
    document.labels.forEach((label, index) => {
      const to = labels.indexOf(label)
      if (index === 0) starts[to]!++
      else counts[labels.indexOf(document.labels[index - 1]!)]![to]!++
    })
  }
  const logShare = (row: readonly number[]) => {
    const total = row.reduce((sum, value) => sum + value, 0)
    return row.map((value) => Math.log(value / total))
  }
  return {transitions: counts.map(logShare), start: logShare(starts)}
}

/** Options of {@link fitModel}. */
export interface FitOptions {
  readonly features: readonly string[]
  readonly corpus: LabelModel['corpus']
  readonly settings: TrainingSettings
}

const round = (value: number) => Math.round(value * 1e6) / 1e6

/** Fewest words a line must have for its caption marks to outweigh its gold label (a bare credit line is furniture). */
const minDoubtfulWords = 5

/**
 * Whether a unit's gold label is left out of the fit: the unit carries a
 * photo caption's marks (caption marks, a trailing photo credit, or a
 * sentence printed twice in a row, as alt text and again under the photo),
 * has five words or more, is no bare photo-credit line, and its gold is not
 * a caption. An extraction files a caption outside a `<figcaption>` under
 * paragraphs or drops it (structure-silver's README), and a hand-checked
 * gold without a page's captions leaves them as furniture: taught as such,
 * they would teach the model that caption marks mean a paragraph.
 */
export function doubtfulGold(row: Float64Array, label: Label, features: readonly string[]): boolean {
  const value = (name: string) => {
    const place = features.indexOf(name)
    return place >= 0 ? row[place]! : 0
  }
  if (label === 'caption' || value('log-words') < Math.log1p(minDoubtfulWords) || value('photo-credit-line') > 0) return false
  return value('caption-marks') > 0 || value('trailing-photo-credit') > 0 || value('sentence-printed-twice') > 0
}

/** Fit the whole model on `documents`. */
export function fitModel(documents: readonly MeasuredDocument[], options: FitOptions): LabelModel {
  const width = options.features.length
  const rows = documents.flatMap((document) => document.rows)
  const targets = documents.flatMap((document) => document.labels.map((label) => labels.indexOf(label)))
  const mean = new Array<number>(width).fill(0)
  const scale = new Array<number>(width).fill(0)
  for (const row of rows) for (let feature = 0; feature < width; feature++) mean[feature]! += row[feature]! / rows.length
  for (const row of rows) for (let feature = 0; feature < width; feature++) scale[feature]! += (row[feature]! - mean[feature]!) ** 2 / rows.length
  const roundedMean = mean.map(round)
  const roundedScale = scale.map((variance) => (variance < 1e-12 ? 1 : round(Math.max(Math.sqrt(variance), options.settings.scaleFloor))))
  const counts = labels.map((_, label) => targets.filter((target) => target === label).length)
  const most = Math.max(...counts)
  const balance = counts.map((count) => (count === 0 ? 0 : (most / count) ** options.settings.classBalance))
  const unitWeights = documents.flatMap((document) =>
    document.labels.map((label, index) =>
      doubtfulGold(document.rows[index]!, label, options.features) ? 0 : balance[labels.indexOf(label)]! * (document.silver ? 1 : options.settings.goldWeight)
    )
  )
  const fit = fitLogistic(rows, targets, labels.length, {mean: roundedMean, scale: roundedScale}, {
    l2: options.settings.l2,
    iterations: options.settings.iterations,
    unitWeights
  })
  const {transitions, start} = fitTransitions(documents)
  return {
    version: 1,
    corpus: options.corpus,
    settings: options.settings,
    labels,
    features: options.features,
    mean: roundedMean,
    scale: roundedScale,
    weights: fit.weights.map((row) => row.map(round)),
    transitions: transitions.map((row) => row.map(round)),
    start: start.map(round)
  }
}
