import {describe, expect, it} from 'vitest'
import type {Unit} from '../../src/blocks/group-repeats.js'
import {combineFurniture} from '../../src/structure/combine-furniture.js'
import type {Label} from '../../src/structure/label.js'
import {labelByRules, readByRules} from '../../src/structure/label-by-rules.js'
import {labelHybrid, modelCandidates, settleFurniture} from '../../src/structure/label-hybrid.js'
import type {FurnitureModel} from '../../src/structure/furniture-model.js'
import {readUnits} from '../../scripts/train/measure-corpus.js'

describe('combineFurniture', () => {
  it.each([
    // [rules' label, log P(heading), log P(paragraph), log P(furniture), heading-shaped, expected]
    ['boilerplate', -0.2, -2, -1.8, true, 'heading'],
    ['boilerplate', -1, -1, -2, true, 'heading'],
    ['boilerplate', -1, -2, -1, true, 'boilerplate'],
    ['boilerplate', -1, -2, -0.5, true, 'boilerplate'],
    ['boilerplate', -1, -0.5, -2, true, 'paragraph'],
    ['boilerplate', -0.2, -2, -1.8, false, 'boilerplate'],
    ['boilerplate', -0.2, -1, -1.8, false, 'paragraph'],
    ['boilerplate', -3, -0.3, -1.5, false, 'paragraph'],
    ['boilerplate', -3, -1.5, -0.3, false, 'boilerplate'],
    ['boilerplate', -3, -1, -1, false, 'boilerplate'],
    ['paragraph', -0.1, -3, -3, true, 'paragraph'],
    ['heading', -3, -0.1, -3, true, 'heading'],
    ['caption', -0.1, -3, -3, true, 'caption'],
    ['byline', -3, -0.1, -3, false, 'byline']
  ] as const)('rules %s, heading %d, paragraph %d, furniture %d, heading-shaped %s → %s', (rule, heading, paragraph, boilerplate, shaped, expected) => {
    expect(combineFurniture(rule, {heading, paragraph, boilerplate}, shaped)).toBe(expected)
  })
})

/** Units of invented lines, one per line, with a blank line between them (an article's own text). */
const unitsOf = (lines: readonly string[]): Unit[] => readUnits(lines.join('\n\n'))

const paragraph = (topic: string) =>
  `The council said on Monday that the ${topic} would be reviewed again next year, after residents asked for a vote on the matter.`

describe('modelCandidates', () => {
  it.each([
    [
      'a repeated heading-shaped line inside the body',
      ['Harbour plan wins approval', paragraph('harbour'), 'What happens next', paragraph('budget'), 'What happens next', paragraph('vote')],
      ['What happens next', 'What happens next']
    ],
    [
      'no furniture mark of its own (a furniture word stays furniture)',
      ['Harbour plan wins approval', paragraph('harbour'), 'Advertisement', paragraph('budget'), 'Advertisement', paragraph('vote')],
      []
    ],
    [
      'no date or clock time of its own (a stamp stays furniture)',
      ['Harbour plan wins approval', paragraph('harbour'), 'What happens next', paragraph('budget'), 'Ann Holt · March 10, 2017 at 1:26 AM', paragraph('vote')],
      []
    ],
    [
      'a repeated line of any shape',
      ['Harbour plan wins approval', paragraph('harbour'), 'See the map.', paragraph('budget'), 'See the map.', paragraph('vote')],
      ['See the map.', 'See the map.']
    ],
    [
      'nothing before the first paragraph or after the last',
      ['Harbour plan wins approval', 'Share this', paragraph('harbour'), paragraph('budget'), 'Share this'],
      []
    ]
  ] as Array<[string, string[], string[]]>)('%s', (_, lines, expected) => {
    const units = unitsOf(lines)
    expect(modelCandidates(units, readByRules(units)).map((index) => units[index]!.text)).toEqual(expected)
  })

  it('leaves nothing to the model on a whole page', () => {
    const units = unitsOf(['Harbour plan wins approval', paragraph('harbour'), 'What happens next', paragraph('budget'), 'What happens next', paragraph('vote')])
    const reading = readByRules(units)
    expect(modelCandidates(units, {...reading, page: true})).toEqual([])
  })
})

describe('settleFurniture', () => {
  /** A model of two raw features: the first is heading's log-odds against furniture, the second paragraph's. */
  const model: FurnitureModel = {version: 1, corpus: [], features: 2, heading: [1, 0, 0], paragraph: [0, 1, 0]}
  const row = (heading: number, paragraph: number) => Float64Array.of(heading, paragraph)
  it.each([
    ['the model makes a heading-shaped candidate a heading', [2], row(2, -1), ['headline', 'paragraph', 'heading', 'paragraph']],
    ['the model makes a candidate a paragraph', [2], row(-1, 2), ['headline', 'paragraph', 'paragraph', 'paragraph']],
    ['the model keeps a candidate furniture', [2], row(-1, -1), ['headline', 'paragraph', 'boilerplate', 'paragraph']],
    ['a line that is no candidate keeps the rules', [], row(2, -1), ['headline', 'paragraph', 'boilerplate', 'paragraph']]
  ] as Array<[string, number[], Float64Array, Label[]]>)('%s', (_, candidates, candidateRow, expected) => {
    const units = unitsOf(['Harbour plan wins approval', paragraph('harbour'), 'What happens next', paragraph('budget')])
    const reading = {labels: ['headline', 'paragraph', 'boilerplate', 'paragraph'] as Label[], page: false}
    const rows = [row(0, 0), row(0, 0), candidateRow, row(0, 0)]
    expect(settleFurniture(units, reading, candidates, rows, model)).toEqual(expected)
  })
})

describe('labelHybrid', () => {
  it('is the rules where they leave nothing to the model', () => {
    const units = unitsOf(['Harbour plan wins approval', paragraph('harbour'), 'What the council said', paragraph('budget'), paragraph('vote')])
    expect(labelHybrid(units)).toEqual(labelByRules(units))
  })
})
