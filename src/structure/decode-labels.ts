import type {Label} from './label.js'
import type {LabelModel} from './label-model.js'

/** Where the decoder stands in a document: above the headline, between it and the body, or in the body. */
type Phase = 0 | 1 | 2
const above: Phase = 0
const leadIn: Phase = 1
const inBody: Phase = 2

/**
 * The phase after emitting `label` in phase `phase`, or `undefined` where the
 * label may not stand there. The hard constraints: above the headline stands
 * only furniture; there is at most one headline, and only above the body; a
 * dek only between the headline and the first paragraph. A document without
 * a headline starts its body at its first unit that is not furniture.
 */
export function nextPhase(phase: Phase, label: Label): Phase | undefined {
  if (label === 'headline') return phase === above ? leadIn : undefined
  if (label === 'dek') return phase === leadIn ? leadIn : undefined
  if (label === 'boilerplate') return phase
  if (phase === leadIn && label !== 'paragraph' && label !== 'heading') return leadIn
  return inBody
}

const phases: readonly Phase[] = [above, leadIn, inBody]

/** Hard constraints of {@link decodeLabels} beside those of {@link nextPhase}. */
export interface DecodeConstraints {
  /** Whether the path must hold a headline. */
  readonly requireHeadline?: boolean
  /** Per unit, the one label it may take, or `undefined` for any. */
  readonly fixed?: ReadonlyArray<Label | undefined>
  /** Per unit, whether it may be the headline (all may when absent). */
  readonly headlines?: readonly boolean[]
}

/**
 * The best sequence of labels for a document (Viterbi): the sum of each
 * unit's label log-probability and the weighed transition log-probabilities,
 * under the hard constraints of {@link nextPhase}.
 *
 * @param scores Per unit, the log-probability of each label (see `scoreUnits`).
 * @param model The model whose labels, transitions and transition weight are used.
 * @param constraints `requireHeadline`: the path must hold a headline (when
 *   some line has a headline's shape, a story's text has one, so the decoder
 *   picks the likeliest line rather than none); `fixed`: per unit, the one
 *   label it may take (furniture aside, above the headline); `headlines`:
 *   per unit, whether it may be the headline.
 */
export function decodeLabels(scores: readonly Float64Array[], model: LabelModel, constraints: DecodeConstraints = {}): Label[] {
  const {requireHeadline = false, fixed = [], headlines} = constraints
  const count = scores.length
  if (count === 0) return []
  const labels = model.labels
  const size = labels.length
  const weight = model.settings.transitionWeight
  // best[phase * size + label]: the best score of a path ending in that label and phase.
  let best = new Float64Array(phases.length * size).fill(-Infinity)
  const back: Int32Array[] = []
  const allowed = (at: number, phase: Phase, label: Label): Phase | undefined => {
    if (requireHeadline && phase === above && label !== 'headline' && label !== 'boilerplate') return undefined
    if (label === 'headline' && headlines && !headlines[at]) return undefined
    const only = fixed[at]
    if (only !== undefined && label !== only && !(phase === above && label === 'boilerplate')) return undefined
    return nextPhase(phase, label)
  }
  labels.forEach((label, index) => {
    const phase = allowed(0, above, label)
    if (phase !== undefined) best[phase * size + index] = scores[0]![index]! + weight * model.start[index]!
  })
  back.push(new Int32Array(phases.length * size).fill(-1))
  for (let at = 1; at < count; at++) {
    const next = new Float64Array(phases.length * size).fill(-Infinity)
    const from = new Int32Array(phases.length * size).fill(-1)
    for (let state = 0; state < best.length; state++) {
      const score = best[state]!
      if (score === -Infinity) continue
      const phase = Math.floor(state / size) as Phase
      const previous = state % size
      for (let label = 0; label < size; label++) {
        const phaseAfter = allowed(at, phase, labels[label]!)
        if (phaseAfter === undefined) continue
        const total = score + weight * model.transitions[previous]![label]! + scores[at]![label]!
        const target = phaseAfter * size + label
        if (total > next[target]!) {
          next[target] = total
          from[target] = state
        }
      }
    }
    best = next
    back.push(from)
  }
  // With a headline required, a path still above it at the end is no answer (unless there is no other).
  const first = requireHeadline && best.some((score, candidate) => candidate >= size && score > -Infinity) ? size : 0
  let state = first
  for (let candidate = first + 1; candidate < best.length; candidate++) if (best[candidate]! > best[state]!) state = candidate
  const path: Label[] = new Array<Label>(count)
  for (let at = count - 1; at >= 0; at--) {
    path[at] = labels[state % size]!
    state = back[at]![state]!
  }
  return path
}
