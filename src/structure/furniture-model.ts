import type {FurnitureOdds} from './combine-furniture.js'
import type {LabelModel} from './label-model.js'

/**
 * What the hybrid labeller ships of the fitted model (`npm run train` writes
 * it to `furniture-weights.json` from the same fit as `label-weights.json`):
 * only what `combineFurniture` compares. Its log-probabilities of heading
 * and paragraph against furniture are, for a feature row `x`, linear in the
 * raw (unstandardised) features, `w·x + b`, since the softmax's norm cancels
 * in each comparison; one row `w` with the bias `b` last for each.
 */
export interface FurnitureModel {
  /** Version of the file's layout. */
  readonly version: number
  /** What the full model was fitted on (see `LabelModel`). */
  readonly corpus: LabelModel['corpus']
  /** How many features a row has (the full model's, in `featureNames` order). */
  readonly features: number
  /** Log-odds of heading against furniture: one weight per raw feature, the bias last. */
  readonly heading: readonly number[]
  /** Log-odds of paragraph against furniture: one weight per raw feature, the bias last. */
  readonly paragraph: readonly number[]
}

/**
 * A line's {@link FurnitureOdds} under a {@link FurnitureModel}: furniture
 * at 0, heading and paragraph at their log-odds against it.
 *
 * @param row The line's measured features (see `measureUnits`).
 * @example
 *   furnitureOdds(Float64Array.of(2), {version: 1, corpus: [], features: 1, heading: [1, -1], paragraph: [-1, 0]})
 *   // {heading: 1, paragraph: -2, boilerplate: 0}
 */
export function furnitureOdds(row: Float64Array, model: FurnitureModel): FurnitureOdds {
  const odds = (weights: readonly number[]) => {
    let sum = weights[model.features]!
    for (let feature = 0; feature < model.features; feature++) sum += weights[feature]! * row[feature]!
    return sum
  }
  return {heading: odds(model.heading), paragraph: odds(model.paragraph), boilerplate: 0}
}
