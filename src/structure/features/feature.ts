import type {DocumentFacts} from './read-document.js'

/**
 * A measured feature of a unit: a name (as the fitted weights file lists it)
 * and a function of the document and the unit's index to a number (0/1 for a
 * mark, graded otherwise). Features never read labels: context comes from
 * the neighbours' features.
 */
export interface Feature {
  /** Kebab-case name, unique among the features. */
  readonly name: string
  /** The feature's value for unit `index` of `document`. */
  readonly value: (document: DocumentFacts, index: number) => number
}

/** `1` for `true`, `0` for `false`. */
export const bit = (value: boolean): number => (value ? 1 : 0)
