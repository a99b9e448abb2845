/**
 * Turn corpus documents into training rows: the text path's units, each
 * unit's features and its gold label.
 */
import {detectFormat} from '../../src/blocks/detect-format.js'
import {groupRepeats} from '../../src/blocks/group-repeats.js'
import type {Unit} from '../../src/blocks/group-repeats.js'
import {joinContinuedLines} from '../../src/blocks/join-continued-lines.js'
import {splitLines} from '../../src/blocks/split-lines.js'
import {measureUnits} from '../../src/structure/features/feature-list.js'
import {readDocument} from '../../src/structure/features/read-document.js'
import type {DocumentFacts} from '../../src/structure/features/read-document.js'
import {alignGold} from './align-gold.js'
import type {MeasuredDocument} from './fit-model.js'
import type {CorpusDocument} from './load-corpus.js'

/** A corpus document with its units, feature rows and gold labels. */
export interface TrainingDocument extends MeasuredDocument {
  readonly document: CorpusDocument
  readonly units: readonly Unit[]
  readonly facts: DocumentFacts
}

/** The units the text path reads from `text`. */
export function readUnits(text: string): Unit[] {
  return groupRepeats(joinContinuedLines(splitLines(text), text))
}

/**
 * Measure every document the text path reads (a page the format detector
 * takes for HTML goes through the HTML reader instead, and is left out).
 */
export function measureCorpus(documents: readonly CorpusDocument[]): TrainingDocument[] {
  return documents
    .filter((document) => detectFormat(document.text) === 'text')
    .map((document) => {
      const units = readUnits(document.text)
      const facts = readDocument(units)
      const rows = units.length === 0 ? [] : measureUnits(facts)
      return {document, units, facts, rows, labels: alignGold(units, document.gold), silver: document.gold.silver === true}
    })
    .filter((document) => document.units.length > 0)
}
