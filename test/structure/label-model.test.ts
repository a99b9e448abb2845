import {describe, expect, it} from 'vitest'
import {constraintsOf, hasDecisiveCaptionMark} from '../../src/structure/constraints-of.js'
import {decodeLabels, nextPhase} from '../../src/structure/decode-labels.js'
import {featureNames} from '../../src/structure/features/feature-list.js'
import {labels} from '../../src/structure/label.js'
import type {Label} from '../../src/structure/label.js'
import type {LabelModel} from '../../src/structure/label-model.js'
import {labelModel} from '../../src/structure/label-units.js'
import {scoreUnits} from '../../src/structure/score-units.js'
import {alignGold} from '../../scripts/train/align-gold.js'
import {outletFolds} from '../../scripts/train/cross-validate.js'
import {doubtfulGold, fitModel} from '../../scripts/train/fit-model.js'
import type {MeasuredDocument, TrainingSettings} from '../../scripts/train/fit-model.js'
import {outletOf} from '../../scripts/train/load-corpus.js'
import {readUnits} from '../../scripts/train/measure-corpus.js'
import {measureUnits} from '../../src/structure/features/feature-list.js'
import {readDocument} from '../../src/structure/features/read-document.js'

describe('the shipped weights file', () => {
  it('matches its schema and the feature list', () => {
    expect(labelModel.version).toBe(1)
    expect(labelModel.labels).toEqual(labels)
    expect(labelModel.features).toEqual(featureNames)
    expect(labelModel.mean).toHaveLength(featureNames.length)
    expect(labelModel.scale).toHaveLength(featureNames.length)
    expect(labelModel.weights).toHaveLength(labels.length)
    for (const row of labelModel.weights) expect(row).toHaveLength(featureNames.length + 1)
    expect(labelModel.transitions).toHaveLength(labels.length)
    for (const row of labelModel.transitions) expect(row).toHaveLength(labels.length)
    expect(labelModel.start).toHaveLength(labels.length)
    const numbers = [labelModel.mean, labelModel.scale, labelModel.start, ...labelModel.weights, ...labelModel.transitions].flat()
    for (const value of numbers) expect(Number.isFinite(value)).toBe(true)
    for (const value of labelModel.scale) expect(value).toBeGreaterThan(0)
    expect(labelModel.corpus.length).toBeGreaterThan(0)
    for (const entry of labelModel.corpus) expect(entry.documents).toBeGreaterThan(0)
    expect(Object.keys(labelModel.settings).sort()).toEqual(['classBalance', 'goldWeight', 'iterations', 'l2', 'scaleFloor', 'transitionWeight'])
  })
})

describe('nextPhase', () => {
  it.each([
    [0, 'boilerplate', 0],
    [0, 'headline', 1],
    [1, 'headline', undefined],
    [2, 'headline', undefined],
    [1, 'dek', 1],
    [0, 'dek', undefined],
    [2, 'dek', undefined],
    [1, 'byline', 1],
    [1, 'caption', 1],
    [1, 'paragraph', 2],
    [1, 'heading', 2],
    [0, 'paragraph', 2]
  ] as const)('phase %d, %s → %j', (phase, label, expected) => {
    expect(nextPhase(phase, label)).toBe(expected)
  })
})

/** A model over no features whose biases say how likely each label is; transitions flat. */
function biasModel(): LabelModel {
  return {
    version: 1,
    corpus: [],
    settings: {l2: 1, iterations: 0, transitionWeight: 1, classBalance: 0, goldWeight: 1, scaleFloor: 0},
    labels,
    features: [],
    mean: [],
    scale: [],
    weights: labels.map(() => [0]),
    transitions: labels.map(() => labels.map(() => 0)),
    start: labels.map(() => 0)
  }
}

/** Per unit, log-probabilities that favour the given label. */
const favour = (...wanted: Label[]) =>
  wanted.map((label) => Float64Array.from(labels, (entry) => (entry === label ? Math.log(0.9) : Math.log(0.1 / 7))))

describe('decodeLabels', () => {
  it('keeps one headline and furniture above it', () => {
    const decoded = decodeLabels(favour('paragraph', 'headline', 'headline', 'paragraph'), biasModel())
    expect(decoded.filter((label) => label === 'headline')).toHaveLength(1)
    expect(decoded.indexOf('headline')).toBeGreaterThan(-1)
    expect(decoded.slice(0, decoded.indexOf('headline')).every((label) => label === 'boilerplate')).toBe(true)
  })

  it('puts a dek only before the body', () => {
    const decoded = decodeLabels(favour('headline', 'dek', 'paragraph', 'paragraph', 'dek'), biasModel())
    expect(decoded.slice(0, 4)).toEqual(['headline', 'dek', 'paragraph', 'paragraph'])
    expect(decoded[4]).not.toBe('dek')
  })

  it('finds a headline when one is required, and keeps fixed labels', () => {
    const scores = favour('paragraph', 'paragraph', 'paragraph')
    expect(decodeLabels(scores, biasModel())).toEqual(['paragraph', 'paragraph', 'paragraph'])
    expect(decodeLabels(scores, biasModel(), {requireHeadline: true})).toContain('headline')
    expect(decodeLabels(scores, biasModel(), {fixed: [undefined, 'caption', undefined]})).toEqual(['paragraph', 'caption', 'paragraph'])
  })

  it('puts the headline only where one may stand', () => {
    const scores = favour('headline', 'paragraph', 'paragraph')
    expect(decodeLabels(scores, biasModel(), {headlines: [false, true, true]})[0]).not.toBe('headline')
    expect(decodeLabels(scores, biasModel(), {requireHeadline: true, headlines: [false, true, false]})).toEqual(['boilerplate', 'headline', 'paragraph'])
  })
})

describe('constraintsOf', () => {
  const of = (text: string) => constraintsOf(readDocument(readUnits(text)))

  it.each([
    ['Harbour council votes to rebuild the old pier', true],
    ['Pier reopens after U.S.', true],
    ['The harbour council voted on Tuesday to rebuild the old pier.', false],
    ['“The pier is safe again.”', false]
  ])('lets %j be the headline: %j', (line, expected) => {
    expect(of(`${line}\n\nThe harbour council voted on Tuesday to rebuild the old stone pier at a cost of four million pounds.`).headlines?.[0]).toBe(expected)
  })

  it('fixes a line with a decisive caption mark as a caption, and nothing else', () => {
    const body = 'The harbour council voted on Tuesday to rebuild the old stone pier at a cost of four million pounds.'
    const caption = 'A crane lifts the first stone of the old pier at dawn. (AP Photo/Jane Doe)'
    expect(of(`${body}\n\n${caption}\n\n${body} Work starts in May.`).fixed).toEqual([undefined, 'caption', undefined])
    expect(of(`${body}\n\nA crane lifts the first stone of the old pier at dawn.\n\n${body} Work starts in May.`).fixed).toEqual([undefined, undefined, undefined])
  })
})

describe('hasDecisiveCaptionMark', () => {
  it.each([
    ['FILE - A crane lifts a container at the new port, Jan. 3, 2024.', true],
    ['A crane lifts a container at the new port. (AP Photo/Jane Doe)', true],
    ['The file was lost - nobody knows where.', false],
    ['A crane lifts a container at the new port.', false]
  ])('%j → %j', (text, expected) => {
    expect(hasDecisiveCaptionMark(text)).toBe(expected)
  })
})

describe('doubtfulGold', () => {
  const body = 'The harbour council voted on Tuesday to rebuild the old stone pier at a cost of four million pounds.'
  it.each([
    ['A crane lifts the first stone of the old pier. (Jane Doe/Seatown Gazette)', 'paragraph', true],
    ['A crane lifts the first stone of the old pier. (Jane Doe/Seatown Gazette)', 'caption', false],
    ['Photograph: Jane Doe', 'boilerplate', false],
    [body, 'paragraph', false]
  ] as const)('%j filed as %s is left out: %j', (line, label, expected) => {
    const rows = measureUnits(readDocument(readUnits(`${body}\n\n${line}\n\n${body} Work starts in May.`)))
    expect(doubtfulGold(rows[1]!, label, featureNames)).toBe(expected)
  })
})

describe('outletFolds', () => {
  it.each([
    [['b', 'a', 'c'], undefined, [['a'], ['b'], ['c']]],
    [['b', 'a', 'c', 'a'], undefined, [['a'], ['b'], ['c']]],
    [['e', 'd', 'c', 'b', 'a'], 2, [['a', 'c', 'e'], ['b', 'd']]],
    [['a', 'b'], 5, [['a'], ['b']]]
  ] as const)('%j in %j groups → %j', (outlets, groups, expected) => {
    expect(outletFolds(outlets, groups)).toEqual(expected)
  })

  it('throws a TypeError for a group count below 2', () => {
    expect(() => outletFolds(['a', 'b', 'c'], 1)).toThrow(TypeError)
  })
})

describe('outletOf', () => {
  it.each([
    ['uk-example-2024-01-01', 'https://www.example.co.uk/news/a', 'example'],
    ['example-2', null, 'example'],
    ['money', 'https://money.example.com/a', 'example'],
    ['us-example-2023-04-28', undefined, 'example']
  ])('%j, %j → %j', (id, url, expected) => {
    expect(outletOf(id, url)).toBe(expected)
  })
})

/** A tiny invented corpus: three articles in two layouts. */
const articles = [
  {
    text: 'Home\nWorld\nHarbour council votes to rebuild the old pier\nThe vote ends two years of dispute.\nThe harbour council voted on Tuesday to rebuild the old stone pier at a cost of four million pounds, ending a long dispute.\nWhat happens next\nEngineers will survey the seabed in March before the first stones of the old pier are lifted and numbered.\nContact us',
    gold: {title: 'Harbour council votes to rebuild the old pier', dek: ['The vote ends two years of dispute.'], captions: [], sections: [
      {heading: null, paragraphs: ['The harbour council voted on Tuesday to rebuild the old stone pier at a cost of four million pounds, ending a long dispute.']},
      {heading: 'What happens next', paragraphs: ['Engineers will survey the seabed in March before the first stones of the old pier are lifted and numbered.']}
    ]}
  },
  {
    text: 'Ferry returns to the island after a winter away\n\nThe island ferry returned on Monday after four months in dry dock, and the first crossing was full, the operator said.\n\nA ferry crosses the sound at dawn\n\nThe operator said the timetable would stay as it was until the autumn, when a second boat joins the route.',
    gold: {title: 'Ferry returns to the island after a winter away', captions: ['A ferry crosses the sound at dawn'], sections: [
      {heading: null, paragraphs: ['The island ferry returned on Monday after four months in dry dock, and the first crossing was full, the operator said.', 'The operator said the timetable would stay as it was until the autumn, when a second boat joins the route.']}
    ]}
  },
  {
    text: 'Menu\nSearch\nLibrary opens late on Fridays\nBy Jane Doe\nThe town library will stay open until nine on Fridays from next month, the council said in a statement on Wednesday.\nReaders asked for later hours in a survey last year, and the council found the money in its spring budget.\nShare this story',
    gold: {title: 'Library opens late on Fridays', authors: ['Jane Doe'], captions: [], sections: [
      {heading: null, paragraphs: ['The town library will stay open until nine on Fridays from next month, the council said in a statement on Wednesday.', 'Readers asked for later hours in a survey last year, and the council found the money in its spring budget.']}
    ]}
  }
]

describe('training', () => {
  const documents: MeasuredDocument[] = articles.map(({text, gold}) => {
    const units = readUnits(text)
    return {rows: measureUnits(readDocument(units)), labels: alignGold(units, gold), silver: false}
  })

  it('aligns gold to units', () => {
    expect(documents[0]!.labels).toEqual(['boilerplate', 'boilerplate', 'headline', 'dek', 'paragraph', 'heading', 'paragraph', 'boilerplate'])
    expect(documents[1]!.labels).toEqual(['headline', 'paragraph', 'caption', 'paragraph'])
    expect(documents[2]!.labels).toEqual(['boilerplate', 'boilerplate', 'headline', 'byline', 'paragraph', 'paragraph', 'boilerplate'])
  })

  it('aligns a contributor credit the gold files as a paragraph to a credit', () => {
    const body = 'The harbour council voted on Tuesday to rebuild the old stone pier at a cost of four million pounds.'
    const credit = 'Jane Doe contributed to this report.'
    const gold = {title: 'Harbour council votes to rebuild the old pier', captions: [], sections: [{heading: null, paragraphs: [body, credit]}]}
    expect(alignGold(readUnits(`Harbour council votes to rebuild the old pier\n\n${body}\n\n${credit}`), gold)).toEqual(['headline', 'paragraph', 'credit'])
  })

  it('is deterministic: the same corpus and settings give the same file', () => {
    const settings: TrainingSettings = {l2: 1, iterations: 50, transitionWeight: 0.5, classBalance: 0.5, goldWeight: 1, scaleFloor: 0}
    const options = {features: featureNames, corpus: [{folder: 'invented', documents: 3, outlets: 3}], settings}
    const first = JSON.stringify(fitModel(documents, options))
    const second = JSON.stringify(fitModel(documents, options))
    expect(second).toBe(first)
    const model = JSON.parse(first) as LabelModel
    expect(model.features).toEqual(featureNames)
    // The fit learns its corpus: the training documents come back with their own labels.
    const units = readUnits(articles[1]!.text)
    const decoded = decodeLabels(scoreUnits(measureUnits(readDocument(units)), model), model)
    expect(decoded).toEqual(documents[1]!.labels)
  })
})
