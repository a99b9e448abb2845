import type {Label} from './label.js'

/** The fitted model's log-probabilities, for one line, of the three labels the hybrid labeller weighs. */
export interface HeadingOdds {
  readonly heading: number
  readonly paragraph: number
  readonly boilerplate: number
}

/**
 * The hybrid labeller's rule for a line the rules left to the model (see
 * `settleHeadings`): the rules called it furniture from its context alone
 * (printed again elsewhere, say), and it is a heading only when the fitted
 * model finds heading likelier than both furniture and paragraph. Any other
 * label stays the rules'.
 *
 * @param rule What the rules labelled the line.
 * @param odds The model's log-probabilities of heading, paragraph and furniture for it.
 * @example
 *   combineHeading('boilerplate', {heading: -0.2, paragraph: -2, boilerplate: -1.8}) // 'heading'
 *   combineHeading('boilerplate', {heading: -1, paragraph: -2, boilerplate: -0.5}) // 'boilerplate'
 *   combineHeading('paragraph', {heading: -0.1, paragraph: -3, boilerplate: -3}) // 'paragraph'
 */
export function combineHeading(rule: Label, odds: HeadingOdds): Label {
  if (rule === 'boilerplate' && odds.heading > odds.boilerplate && odds.heading >= odds.paragraph) return 'heading'
  return rule
}
