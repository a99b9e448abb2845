import type {LabelModel} from './label-model.js'

/**
 * Each unit's log-probability of every label under the model: the
 * standardised feature row weighed per label, then a log-softmax.
 *
 * @param rows One feature row per unit, in the model's feature order.
 * @returns Per unit, one log-probability per label (in `model.labels` order).
 */
export function scoreUnits(rows: readonly Float64Array[], model: LabelModel): Float64Array[] {
  const features = model.features.length
  return rows.map((row) => {
    const scores = new Float64Array(model.labels.length)
    let top = -Infinity
    model.weights.forEach((weights, label) => {
      let sum = weights[features]!
      for (let feature = 0; feature < features; feature++) {
        sum += weights[feature]! * ((row[feature]! - model.mean[feature]!) / model.scale[feature]!)
      }
      scores[label] = sum
      if (sum > top) top = sum
    })
    let total = 0
    for (const score of scores) total += Math.exp(score - top)
    const norm = top + Math.log(total)
    for (let label = 0; label < scores.length; label++) scores[label] = scores[label]! - norm
    return scores
  })
}
