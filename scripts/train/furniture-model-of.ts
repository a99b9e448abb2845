/**
 * Cut a fitted {@link LabelModel} down to the {@link FurnitureModel} the
 * hybrid labeller ships: heading's and paragraph's log-odds against
 * furniture, on the raw features (the standardisation folded in).
 */
import type {FurnitureModel} from '../../src/structure/furniture-model.js'
import type {LabelModel} from '../../src/structure/label-model.js'

/** Significant digits each shipped weight keeps at most (chosen by the cross-validated figures: they match the unrounded model's). */
export const furnitureDigits = 3

/**
 * How far rounding one weight may move a line's log-odds, for a feature value
 * as far from zero as the feature's mean and one scale (`|mean| + scale`): a
 * weight is rounded at the decimal place of `furnitureStep / (|mean| + scale)`
 * when that is coarser than {@link furnitureDigits}, which moves its term by
 * at most half the step for such a value, and leaves fewer digits in the
 * browser bundle. Chosen as the cross-validated figures are: they match the
 * 3-digit model's, and so does every output on the corpora, also at twice
 * this step.
 */
export const furnitureStep = 0.1

/**
 * The log-odds rows of `label` against furniture: `(w_label - w_furniture)`
 * per standardised feature, divided by the feature's scale, and the bias less
 * each weight times its mean, rounded to `digits` significant digits, or at
 * the decimal place where the rounding moves the log-odds by less than half of
 * `step` for a value `|mean| + scale`, whichever is written shorter (the bias
 * at `digits`).
 *
 * @example
 *   // one feature (mean 1, scale 2); heading weighs it 4 and furniture 0, biases 1 and 0
 *   furnitureModelOf({labels: ['boilerplate', 'heading', 'paragraph'], mean: [1], scale: [2], weights: [[0, 0], [4, 1], [0, 0]], corpus: []})
 *   // heading [2, -1]: 4 / 2 = 2 per raw unit, 1 - 2 * 1 = -1
 */
export function furnitureModelOf(
  model: Pick<LabelModel, 'labels' | 'mean' | 'scale' | 'weights' | 'corpus'>,
  digits: number = furnitureDigits,
  step: number = furnitureStep
): FurnitureModel {
  const features = model.mean.length
  const of = (label: 'heading' | 'paragraph' | 'boilerplate') => {
    const row = model.weights[model.labels.indexOf(label)]
    if (row === undefined) throw new Error(`furnitureModelOf: the model has no ${label} label`)
    return row
  }
  const furniture = of('boilerplate')
  const round = (value: number) => Number(value.toPrecision(digits))
  const roundWeight = (value: number, feature: number) => {
    const place = Math.floor(Math.log10(step / (Math.abs(model.mean[feature]!) + model.scale[feature]!)))
    // `|| 0`: a weight rounded to zero is 0, never -0 (which JSON writes as 0 and reads back as 0).
    const coarse = (place < 0 ? Number(value.toFixed(-place)) : Math.round(value / 10 ** place) * 10 ** place) || 0
    const fine = round(value)
    return String(coarse).length < String(fine).length ? coarse : fine
  }
  const against = (label: 'heading' | 'paragraph') => {
    const row = of(label)
    let bias = row[features]! - furniture[features]!
    const weights: number[] = []
    for (let feature = 0; feature < features; feature++) {
      const weight = (row[feature]! - furniture[feature]!) / model.scale[feature]!
      bias -= weight * model.mean[feature]!
      weights.push(roundWeight(weight, feature))
    }
    return [...weights, round(bias)]
  }
  return {version: 1, corpus: model.corpus, features, heading: against('heading'), paragraph: against('paragraph')}
}
