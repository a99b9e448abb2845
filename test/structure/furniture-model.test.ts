import {describe, expect, it} from 'vitest'
import {combineFurniture} from '../../src/structure/combine-furniture.js'
import {featureNames, measureUnits} from '../../src/structure/features/feature-list.js'
import {readDocument} from '../../src/structure/features/read-document.js'
import {furnitureOdds} from '../../src/structure/furniture-model.js'
import {furnitureModel} from '../../src/structure/label-hybrid.js'
import {labelModel} from '../../src/structure/label-units.js'
import {scoreUnits} from '../../src/structure/score-units.js'
import {furnitureModelOf} from '../../scripts/train/furniture-model-of.js'
import {readUnits} from '../../scripts/train/measure-corpus.js'

// An invented article with a table of contents, a repeated line, furniture and a caption: lines of many shapes.
const article = [
  'Harbour plan wins approval after long fight',
  'By Ann Lee',
  'In this story',
  'What the council decided',
  'Share this article',
  'The harbour council voted on Monday night to rebuild the old pier at Seatown, ending a decade of debate.',
  'What the council decided',
  'Fishermen said they had expected the decision for months, but had still hoped for more money.',
  'Boats wait by the pier at dawn. (Photo: Tom Reyes)',
  'The mayor said the town would now look for a builder to put up the new pier beside the lifeboat station.',
  'Advertisement',
  'Read more: Seatown ferry to run all winter'
].join('\n\n')

describe('the shipped cut of the fitted model', () => {
  it('is the cut of the shipped weights file, one weight per feature and the bias', () => {
    expect(furnitureModel.features).toBe(featureNames.length)
    expect(furnitureModel.heading).toHaveLength(featureNames.length + 1)
    expect(furnitureModel.paragraph).toHaveLength(featureNames.length + 1)
    expect(furnitureModel).toEqual(furnitureModelOf(labelModel))
  })

  it('decides every line as the whole model does', () => {
    const units = readUnits(article)
    const rows = measureUnits(readDocument(units))
    const scores = scoreUnits(rows, labelModel)
    const at = (label: string) => labelModel.labels.indexOf(label as never)
    rows.forEach((row, index) => {
      const full = {heading: scores[index]![at('heading')]!, paragraph: scores[index]![at('paragraph')]!, boilerplate: scores[index]![at('boilerplate')]!}
      for (const shaped of [true, false]) {
        expect(combineFurniture('boilerplate', furnitureOdds(row, furnitureModel), shaped)).toBe(combineFurniture('boilerplate', full, shaped))
      }
    })
  })
})

describe('measureUnits of some units only', () => {
  it('gives those units the rows that measuring every unit gives them', () => {
    const document = readDocument(readUnits(article))
    const all = measureUnits(document)
    const only = [0, 3, 6, all.length - 1]
    const some = measureUnits(document, only)
    for (const index of only) expect(Array.from(some[index]!)).toEqual(Array.from(all[index]!))
    expect(some.filter((row) => row !== undefined)).toHaveLength(only.length)
  })
})
