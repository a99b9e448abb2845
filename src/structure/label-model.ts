import type {Label} from './label.js'

/**
 * A fitted labelling model, as `scripts/train` writes it to
 * `label-weights.json`: a multinomial logistic model over the measured
 * features (standardised by `mean` and `scale`) and label-to-label
 * transition scores for the decoder.
 */
export interface LabelModel {
  /** Version of the file's layout. */
  readonly version: number
  /** What the model was fitted on: corpus folders and how many documents of each. */
  readonly corpus: ReadonlyArray<{readonly folder: string; readonly documents: number; readonly outlets: number}>
  /** The training settings (no dates: the same corpus and settings give the same file). */
  readonly settings: {
    readonly l2: number
    readonly iterations: number
    readonly transitionWeight: number
    readonly classBalance: number
    readonly goldWeight: number
    readonly foldIterations: number
    readonly scaleFloor: number
  }
  /** The labels, in the order of `weights`, `transitions` and `start`. */
  readonly labels: readonly Label[]
  /** Feature names, in the order of each weight row. */
  readonly features: readonly string[]
  /** Per feature, the mean subtracted before weighing. */
  readonly mean: readonly number[]
  /** Per feature, the scale divided by before weighing. */
  readonly scale: readonly number[]
  /** Per label, one weight per feature and the bias last. */
  readonly weights: ReadonlyArray<readonly number[]>
  /** Log-probability of label `to` after label `from`: `transitions[from][to]`. */
  readonly transitions: ReadonlyArray<readonly number[]>
  /** Log-probability of each label opening a document. */
  readonly start: readonly number[]
}
