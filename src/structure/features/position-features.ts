import {bit} from './feature.js'
import type {Feature} from './feature.js'
import type {DocumentFacts} from './read-document.js'
import {topicShare} from '../topic-stems.js'

/** How many units make one step of the distance measures (their slope). */
const distanceScale = 4

const at = (name: string, of: (document: DocumentFacts, index: number) => number): Feature => ({name, value: of})

/** Where a unit stands: in the document, against the body (the densest prose run) and the headline search's pick. */
export const positionFeatures: readonly Feature[] = [
  at('relative-position', (document, index) => (document.units.length <= 1 ? 0 : index / (document.units.length - 1))),
  at('first-unit', (_, index) => bit(index === 0)),
  at('before-body', (document, index) => bit(index < document.body.start)),
  at('after-body', (document, index) => bit(index >= document.body.end)),
  at('from-body-start', (document, index) => Math.tanh((index - document.body.start) / distanceScale)),
  at('to-body-end', (document, index) => Math.tanh((document.body.end - 1 - index) / distanceScale)),
  at('headline-pick', (document, index) => bit(index === document.headline)),
  at('above-headline-pick', (document, index) => bit(document.headline !== undefined && index < document.headline)),
  at('right-after-headline-pick', (document, index) => bit(document.headline !== undefined && index === document.headline + 1)),
  at('near-after-headline-pick', (document, index) => {
    const headline = document.headline
    return bit(headline !== undefined && index > headline + 1 && index <= headline + 4)
  }),
  at('lead-overlap', (document, index) => {
    const unit = document.units[index]!
    return unit.words > 40 ? 0 : topicShare(unit.topics, document.lead)
  }),
  at('blank-before', (document, index) => bit(document.units[index]!.blankBefore)),
  at('blank-share', (document) => document.blankShare)
]
