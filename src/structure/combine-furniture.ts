import type {Label} from './label.js'

/** The fitted model's log-probabilities, for one line, of the three labels the hybrid labeller weighs. */
export interface FurnitureOdds {
  readonly heading: number
  readonly paragraph: number
  readonly boilerplate: number
}

/**
 * The hybrid labeller's rule for a line the rules left to the model (see
 * `modelCandidates`): the rules called it furniture from its context alone
 * (printed again elsewhere, say). It is a heading when it has a heading's
 * shape and the fitted model finds heading likelier than furniture and no
 * less likely than paragraph; a paragraph when the model finds paragraph
 * likelier than furniture and than heading (a line without a heading's
 * shape is never a heading); furniture otherwise. Any other label stays the
 * rules'.
 *
 * @param rule What the rules labelled the line.
 * @param odds The model's log-probabilities of heading, paragraph and furniture for it.
 * @param headingShaped Whether the line has a heading's shape (see `looksLikeHeading`).
 * @example
 *   combineFurniture('boilerplate', {heading: -0.2, paragraph: -2, boilerplate: -1.8}, true) // 'heading'
 *   combineFurniture('boilerplate', {heading: -0.2, paragraph: -2, boilerplate: -1.8}, false) // 'boilerplate'
 *   combineFurniture('boilerplate', {heading: -3, paragraph: -0.3, boilerplate: -1.5}, false) // 'paragraph'
 *   combineFurniture('caption', {heading: -0.1, paragraph: -3, boilerplate: -3}, true) // 'caption'
 */
export function combineFurniture(rule: Label, odds: FurnitureOdds, headingShaped: boolean): Label {
  if (rule !== 'boilerplate') return rule
  const heading = headingShaped ? odds.heading : -Infinity
  if (heading > odds.boilerplate && heading >= odds.paragraph) return 'heading'
  if (odds.paragraph > odds.boilerplate && odds.paragraph > heading) return 'paragraph'
  return rule
}
