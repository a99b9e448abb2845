import type {Unit} from '../blocks/group-repeats.js'
import shipped from './heading-weights.json' with {type: 'json'}
import type {Label} from './label.js'
import {headingFeatureNames, measureHeadings} from './measure-headings.js'

/** A logistic model of "this page line labelled a heading is the story's heading", over {@link headingFeatureNames}. */
export interface HeadingModel {
  /** The feature names, in the order of the other arrays (must be {@link headingFeatureNames}). */
  readonly features: readonly string[]
  /** Per feature, the mean the weights were fitted after subtracting. */
  readonly mean: readonly number[]
  /** Per feature, the scale the weights were fitted after dividing by. */
  readonly scale: readonly number[]
  /** Per feature, its weight for "heading" against "furniture". */
  readonly weights: readonly number[]
  /** The weight of no feature at all. */
  readonly bias: number
  /** Below this probability of being a heading, the line is furniture. */
  readonly threshold: number
  /** The fewest paragraphs of a page the model was fitted on: a shorter text is left as it is (its sections say little). */
  readonly minParagraphs: number
}

/** The shipped heading model (`heading-weights.json`, fitted by `scripts/train/fit-headings.ts`). */
export const headingModel: HeadingModel = shipped

/**
 * The probability, by `model`, that a line with these features is a heading.
 *
 * @param features The line's features, in {@link headingFeatureNames}' order.
 */
export function headingProbability(features: readonly number[], model: HeadingModel = headingModel): number {
  let score = model.bias
  features.forEach((value, index) => {
    score += (model.weights[index]! * (value - model.mean[index]!)) / model.scale[index]!
  })
  return 1 / (1 + Math.exp(-score))
}

/**
 * On a whole page, turn the lines labelled headings that the heading model
 * finds unlikely into furniture: teaser titles over a one-line blurb,
 * headings of link lists and sign-up boxes. Their sections are short, they
 * stand among other short lines, and what follows them is not what the rest
 * of the text is about. A text with fewer paragraphs than any page the
 * model was fitted on is left as it is.
 *
 * @param units The page's units.
 * @param labels Labels so far: `undefined` is a paragraph. Changed in place.
 * @param model The weights (the shipped ones by default).
 */
export function dropFurnitureHeadings(units: readonly Unit[], labels: Array<Label | undefined>, model: HeadingModel = headingModel): void {
  if (model.features.join() !== headingFeatureNames.join()) throw new TypeError('heading model: its features are not headingFeatureNames')
  if (labels.filter((label) => label === undefined).length < model.minParagraphs) return
  for (const [index, features] of measureHeadings(units, labels)) {
    if (headingProbability(features, model) < model.threshold) labels[index] = 'boilerplate'
  }
}
