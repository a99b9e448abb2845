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

describe('furnitureModelOf', () => {
  // [feature mean (scale 1), heading's raw weight, the weight shipped]: rounded at the place of 0.1 / (|mean| + 1)
  // when that is coarser than 3 significant digits; a weight rounded to zero is 0, not -0.
  it.each([
    [0, 1.234, 1.2],
    [0, -0.00462, 0],
    [0, 0.0462, 0],
    [0, 2, 2],
    [10, 1.234, 1.23],
    [-10, 0.0123, 0.012],
    [1000, 0.000123, 0.00012],
    [10000, 0.000123, 0.000123]
  ])('with mean %d ships %d as %d', (mean, weight, shipped) => {
    const model = furnitureModelOf({labels: ['boilerplate', 'heading', 'paragraph'], mean: [mean], scale: [1], weights: [[0, 0], [weight, 0], [0, 0]], corpus: []})
    expect(Object.is(model.heading[0], shipped)).toBe(true)
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
