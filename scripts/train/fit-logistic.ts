/**
 * Fit an L2-regularised multinomial logistic model with L-BFGS: plain
 * TypeScript, deterministic (no random start, a fixed order of sums).
 */

/** A fitted logistic model over standardised features. */
export interface LogisticFit {
  /** Per label, one weight per feature and the bias last. */
  readonly weights: number[][]
  /** How many L-BFGS iterations ran. */
  readonly iterations: number
  /** The objective at the end. */
  readonly loss: number
}

/** Settings of {@link fitLogistic}. */
export interface LogisticSettings {
  /** Strength of the L2 penalty on the weights (not on the biases). */
  readonly l2: number
  /** Most L-BFGS iterations. */
  readonly iterations: number
  /** Weights to start from (zero by default). The optimum does not depend on it, but a fit capped by `iterations` does. */
  readonly start?: readonly (readonly number[])[]
  /** How much each row counts in the likelihood (default: 1 each). */
  readonly unitWeights?: readonly number[]
  /** Stop when the largest gradient entry falls below this. */
  readonly tolerance?: number
}

/** Feature rows kept sparse: the raw values that are not zero, with their places. */
interface SparseRows {
  readonly count: number
  readonly width: number
  /** Where each row's entries start in `places` and `values` (one more entry than rows). */
  readonly starts: Int32Array
  readonly places: Int32Array
  readonly values: Float64Array
  readonly mean: Float64Array
  readonly scale: Float64Array
}

function toSparse(rows: readonly Float64Array[], mean: readonly number[], scale: readonly number[]): SparseRows {
  const width = mean.length
  const starts = new Int32Array(rows.length + 1)
  const places: number[] = []
  const values: number[] = []
  rows.forEach((row, index) => {
    for (let feature = 0; feature < width; feature++) {
      if (row[feature] !== 0) {
        places.push(feature)
        values.push(row[feature]!)
      }
    }
    starts[index + 1] = places.length
  })
  return {count: rows.length, width, starts, places: Int32Array.from(places), values: Float64Array.from(values), mean: Float64Array.from(mean), scale: Float64Array.from(scale)}
}

/**
 * The objective (negative log-likelihood plus penalty) and its gradient at
 * `w`, the weights of the standardised features. The standardisation is
 * folded into the weights, so each row costs only its non-zero entries.
 */
function evaluate(
  w: Float64Array,
  data: SparseRows,
  targets: readonly number[],
  labels: number,
  l2: number,
  gradient: Float64Array,
  unitWeights: Float64Array
): number {
  const {width, starts, places, values, mean, scale} = data
  const stride = width + 1
  // Raw-scale weights and each label's constant: w·(x - m)/s + b = (w/s)·x + (b - Σ w·m/s).
  const raw = new Float64Array(labels * width)
  const constant = new Float64Array(labels)
  for (let label = 0; label < labels; label++) {
    let sum = w[label * stride + width]!
    for (let feature = 0; feature < width; feature++) {
      const value = w[label * stride + feature]! / scale[feature]!
      raw[label * width + feature] = value
      sum -= value * mean[feature]!
    }
    constant[label] = sum
  }
  const rawGradient = new Float64Array(labels * width)
  const residualSums = new Float64Array(labels)
  const scores = new Float64Array(labels)
  let loss = 0
  for (let index = 0; index < data.count; index++) {
    const from = starts[index]!
    const to = starts[index + 1]!
    let top = -Infinity
    for (let label = 0; label < labels; label++) {
      let sum = constant[label]!
      const offset = label * width
      for (let entry = from; entry < to; entry++) sum += raw[offset + places[entry]!]! * values[entry]!
      scores[label] = sum
      if (sum > top) top = sum
    }
    let total = 0
    for (let label = 0; label < labels; label++) total += Math.exp(scores[label]! - top)
    const norm = top + Math.log(total)
    const target = targets[index]!
    const weight = unitWeights[index]!
    loss += weight * (norm - scores[target]!)
    for (let label = 0; label < labels; label++) {
      const residual = weight * (Math.exp(scores[label]! - norm) - (label === target ? 1 : 0))
      residualSums[label]! += residual
      const offset = label * width
      for (let entry = from; entry < to; entry++) rawGradient[offset + places[entry]!]! += residual * values[entry]!
    }
  }
  for (let label = 0; label < labels; label++) {
    for (let feature = 0; feature < width; feature++) {
      const value = w[label * stride + feature]!
      gradient[label * stride + feature] =
        (rawGradient[label * width + feature]! - mean[feature]! * residualSums[label]!) / scale[feature]! + l2 * value
      loss += 0.5 * l2 * value * value
    }
    gradient[label * stride + width] = residualSums[label]!
  }
  return loss
}

const dot = (a: Float64Array, b: Float64Array) => {
  let sum = 0
  for (let index = 0; index < a.length; index++) sum += a[index]! * b[index]!
  return sum
}

/** How many past steps L-BFGS remembers. */
const memory = 8

/**
 * Fit the model: minimise the summed negative log-likelihood of `targets`
 * plus `l2 / 2` times the squared weights, by L-BFGS with a backtracking
 * line search.
 *
 * @param rows Raw feature rows.
 * @param targets Each row's label index.
 * @param labels How many labels there are.
 * @param standardise Per feature, the mean and scale the weights apply after.
 */
export function fitLogistic(
  rows: readonly Float64Array[],
  targets: readonly number[],
  labels: number,
  standardise: {readonly mean: readonly number[]; readonly scale: readonly number[]},
  settings: LogisticSettings
): LogisticFit {

  const data = toSparse(rows, standardise.mean, standardise.scale)
  const unitWeights = settings.unitWeights ? Float64Array.from(settings.unitWeights) : new Float64Array(rows.length).fill(1)
  const width = data.width + 1
  const size = labels * width
  let w = new Float64Array(size)
  if (settings.start) settings.start.forEach((row, label) => row.forEach((value, feature) => (w[label * width + feature] = value)))
  let gradient = new Float64Array(size)
  let loss = evaluate(w, data, targets, labels, settings.l2, gradient, unitWeights)
  const steps: Float64Array[] = []
  const changes: Float64Array[] = []
  const tolerance = settings.tolerance ?? 1e-3
  let iteration = 0
  for (; iteration < settings.iterations; iteration++) {
    let largest = 0
    for (const value of gradient) largest = Math.max(largest, Math.abs(value))
    if (largest < tolerance) break
    // Two-loop recursion: the direction from the remembered steps.
    const direction = Float64Array.from(gradient)
    const alphas: number[] = []
    for (let past = steps.length - 1; past >= 0; past--) {
      const rho = 1 / dot(changes[past]!, steps[past]!)
      const alpha = rho * dot(steps[past]!, direction)
      alphas[past] = alpha
      for (let index = 0; index < size; index++) direction[index]! -= alpha * changes[past]![index]!
    }
    if (steps.length > 0) {
      const last = steps.length - 1
      const gamma = dot(steps[last]!, changes[last]!) / dot(changes[last]!, changes[last]!)
      for (let index = 0; index < size; index++) direction[index]! *= gamma
    } else {
      const norm = Math.sqrt(dot(direction, direction))
      for (let index = 0; index < size; index++) direction[index]! /= Math.max(norm, 1)
    }
    for (let past = 0; past < steps.length; past++) {
      const rho = 1 / dot(changes[past]!, steps[past]!)
      const beta = rho * dot(changes[past]!, direction)
      for (let index = 0; index < size; index++) direction[index]! += steps[past]![index]! * (alphas[past]! - beta)
    }
    const slope = -dot(gradient, direction)
    if (slope >= 0) {
      steps.length = 0
      changes.length = 0
      continue
    }
    let step = 1
    let candidate = new Float64Array(size)
    let candidateGradient = new Float64Array(size)
    let candidateLoss = Infinity
    for (let tries = 0; tries < 30; tries++) {
      for (let index = 0; index < size; index++) candidate[index] = w[index]! - step * direction[index]!
      candidateLoss = evaluate(candidate, data, targets, labels, settings.l2, candidateGradient, unitWeights)
      if (candidateLoss <= loss + 1e-4 * step * slope) break
      step /= 2
    }
    if (!(candidateLoss < loss)) break
    const s = new Float64Array(size)
    const y = new Float64Array(size)
    for (let index = 0; index < size; index++) {
      s[index] = candidate[index]! - w[index]!
      y[index] = candidateGradient[index]! - gradient[index]!
    }
    if (dot(s, y) > 1e-12) {
      steps.push(s)
      changes.push(y)
      if (steps.length > memory) {
        steps.shift()
        changes.shift()
      }
    }
    const improvement = loss - candidateLoss
    w = candidate
    gradient = candidateGradient
    loss = candidateLoss
    if (improvement < 1e-8 * Math.max(1, Math.abs(loss))) break
  }
  const weights: number[][] = []
  for (let label = 0; label < labels; label++) weights.push(Array.from(w.subarray(label * width, (label + 1) * width)))
  return {weights, iterations: iteration, loss}
}
