/**
 * Cut a fitted {@link LabelModel} down to the {@link FurnitureModel} the
 * hybrid labeller ships: heading's and paragraph's log-odds against
 * furniture, on the raw features (the standardisation folded in).
 */
import type {FurnitureModel} from '../../src/structure/furniture-model.js'
import type {LabelModel} from '../../src/structure/label-model.js'

/** Significant digits each shipped weight keeps (chosen by the cross-validated figures: they match the unrounded model's). */
export const furnitureDigits = 3

/**
 * The log-odds rows of `label` against furniture: `(w_label - w_furniture)`
 * per standardised feature, divided by the feature's scale, and the bias less
 * each weight times its mean, rounded to `digits` significant digits.
 *
 * @example
 *   // one feature (mean 1, scale 2); heading weighs it 4 and furniture 0, biases 1 and 0
 *   furnitureModelOf({labels: ['boilerplate', 'heading', 'paragraph'], mean: [1], scale: [2], weights: [[0, 0], [4, 1], [0, 0]], corpus: []})
 *   // heading [2, -1]: 4 / 2 = 2 per raw unit, 1 - 2 * 1 = -1
 */
export function furnitureModelOf(
  model: Pick<LabelModel, 'labels' | 'mean' | 'scale' | 'weights' | 'corpus'>,
  digits: number = furnitureDigits
): FurnitureModel {
  const features = model.mean.length
  const of = (label: 'heading' | 'paragraph' | 'boilerplate') => {
    const row = model.weights[model.labels.indexOf(label)]
    if (row === undefined) throw new Error(`furnitureModelOf: the model has no ${label} label`)
    return row
  }
  const furniture = of('boilerplate')
  const round = (value: number) => Number(value.toPrecision(digits))
  const against = (label: 'heading' | 'paragraph') => {
    const row = of(label)
    let bias = row[features]! - furniture[features]!
    const weights: number[] = []
    for (let feature = 0; feature < features; feature++) {
      const weight = (row[feature]! - furniture[feature]!) / model.scale[feature]!
      bias -= weight * model.mean[feature]!
      weights.push(round(weight))
    }
    return [...weights, round(bias)]
  }
  return {version: 1, corpus: model.corpus, features, heading: against('heading'), paragraph: against('paragraph')}
}
