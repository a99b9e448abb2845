import type {Label} from './label.js'

/** Settings that decide the fitted file (no dates, no randomness). */
export interface LabelModelSettings {
  /** Strength of the L2 penalty. */
  readonly l2: number
  /** Most L-BFGS iterations of a fit (every fit, cross-validation folds included, starts from zero). */
  readonly iterations: number
  /** How much the transition log-probabilities count in the decoder beside the units' own. */
  readonly transitionWeight: number
  /** Each unit weighs (most frequent label's count / its label's count) to this power: 0 weighs all alike. */
  readonly classBalance: number
  /** How much a unit of a hand-checked corpus weighs against one of a silver corpus (`silver` in its gold). */
  readonly goldWeight: number
  /**
   * Smallest scale a feature is divided by: a rare mark (a few units in the corpus) has a tiny spread, and
   * standardising by it would let the penalty allow it a huge weight learnt from those few units.
   */
  readonly scaleFloor: number
}

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
  readonly settings: LabelModelSettings
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
