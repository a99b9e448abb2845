import {describe, expect, it} from 'vitest'
import type {Unit} from '../../src/blocks/group-repeats.js'
import {findHeadline, scoreHeadline} from '../../src/structure/find-headline.js'
import type {HeadlineWeights} from '../../src/structure/find-headline.js'
import {headlineContext, headlineFeatureNames, headlineFeatures, topicOverlap} from '../../src/structure/headline-features.js'
import shipped from '../../src/structure/headline-weights.json' with {type: 'json'}
import {topicStems} from '../../src/structure/topic-stems.js'

/** Units of invented lines, one per line, as the text path reads them (a line given twice in a row is one unit printed twice). */
function unitsOf(lines: readonly string[]): Unit[] {
  let offset = 0
  const units: Unit[] = []
  for (const text of lines) {
    const occurrence = [offset, offset + text.length] as const
    offset += text.length + 1
    const last = units.at(-1)
    if (last?.text === text) {
      units[units.length - 1] = {...last, occurrences: [...last.occurrences, occurrence]}
      continue
    }
    units.push({text, start: occurrence[0], end: occurrence[1], blankBefore: false, occurrences: [occurrence]})
  }
  return units
}

const body = [
  'The harbour council voted on Monday to close the old ferry pier after engineers found cracks in its pilings, ending a crossing that ran for ninety years.',
  'Engineers told the harbour council that the pilings could not be repaired before winter, and that the ferry pier would have to be rebuilt from the seabed.'
]
const lead = topicStems(body.join(' '))

function featuresOf(lines: readonly string[], index: number): Record<string, number> {
  const units = unitsOf([...lines, ...body])
  const values = headlineFeatures(headlineContext(units, units.length - body.length), index)
  return Object.fromEntries(headlineFeatureNames.map((name, place) => [name, values[place]!]))
}

describe('headlineFeatures', () => {
  it.each([
    ['a byline below', ['Harbour council closes the old ferry pier', 'By Jane Doe'], 0, {bylineBelow: 1, bylineAbove: 0}],
    ['a date above', ['12 March 2024', 'Harbour council closes the old ferry pier'], 1, {bylineAbove: 1, bylineBelow: 0}],
    ['no byline near', ['Harbour council closes the old ferry pier', 'A quiet week on the coast'], 0, {bylineBelow: 0, bylineAbove: 0}],
    ['a question', ['Will the ferry pier ever open again?'], 0, {question: 1}],
    ['a headline-shaped line above', ['Weekend weather turns wet on the coast', 'Harbour council closes the old ferry pier'], 1, {headlineAbove: 1}],
    ['printed twice in a row', ['Harbour council closes the old ferry pier', 'Harbour council closes the old ferry pier'], 0, {printedTwice: 1, repeatedOnPage: 0}],
    ['printed again further down', ['Harbour council closes the old ferry pier', 'Sport', 'Harbour council closes the old ferry pier'], 0, {repeatedOnPage: 1, printedTwice: 0}],
    ['all capitalised', ['Harbour Council Closes Old Ferry Pier'], 0, {titleCase: 1}]
  ])('reads %s', (_name, lines, index, expected) => {
    expect(featuresOf(lines, index)).toMatchObject(expected)
  })

  it('measures distance above the body as a share of the window', () => {
    const near = featuresOf(['Harbour council closes the old ferry pier'], 0)
    const far = featuresOf(['Harbour council closes the old ferry pier', ...Array.from({length: 29}, (_, n) => `Menu ${n}`)], 0)
    expect(near['distance']).toBeCloseTo(1 / 60)
    expect(far['distance']).toBeCloseTo(30 / 60)
  })

  it('keeps every value between 0 and 1', () => {
    const long = `Harbour ${'council pier ferry '.repeat(20)}`.trim()
    for (const value of Object.values(featuresOf([long], 0))) {
      expect(value).toBeGreaterThanOrEqual(0)
      expect(value).toBeLessThanOrEqual(1)
    }
  })
})

describe('headlineContext', () => {
  const prose = [
    'The harbour council closed the ferry pier.',
    'Engineers found deep cracks in its pilings.',
    'Passengers will take a bus around the bay.',
    'Repairs are expected to last until spring.',
    'Fishermen fear the closure will hurt trade.'
  ]
  it.each([
    ['its opening prose lines', [prose[0]!, 'Photo: Jane Doe', prose[1]!], [prose[0]!, prose[1]!]],
    ['no headline-shaped line', ['Will the old crossing ever open again?', prose[0]!], [prose[0]!]],
    ['its first four prose lines only', prose, prose.slice(0, 4)]
  ])('the lead is the topic stems of the body: %s', (_name, lines, taken) => {
    expect(headlineContext(unitsOf(lines), 0).lead).toEqual(topicStems(taken.join(' ')))
  })
})

describe('topicOverlap', () => {
  it.each([
    ['Harbour council closes the old ferry pier', 5 / 6],
    ['Bakery wins a regional prize', 0],
    ['Find a new ferry', 1 / 3]
  ])('%s shares %d of its topic words (one more counted) with the body', (text, share) => {
    expect(topicOverlap(text, lead)).toBeCloseTo(share)
  })
})

describe('scoreHeadline', () => {
  const weights: HeadlineWeights = {...(shipped.weights as HeadlineWeights)}
  it('weighs every feature by its weight', () => {
    const features = headlineFeatureNames.map((_, place) => (place === 0 ? 1 : 0))
    expect(scoreHeadline(features, weights)).toBeCloseTo(weights.topicOverlap)
  })
  it('has one shipped weight per feature', () => {
    expect(Object.keys(shipped.weights).sort()).toEqual([...headlineFeatureNames].sort())
  })
})

describe('findHeadline with the shipped weights', () => {
  it.each([
    ['the headline over its byline, not the menu', ['Home', 'News', 'Sport', 'Harbour council closes the old ferry pier', 'By Jane Doe'], 3],
    ['the headline, not a teaser about something else', ['Harbour council closes the old ferry pier', 'By Jane Doe', 'Bakery on the high street wins a regional prize'], 0],
    ['the headline above its dek', ['Harbour council closes the old ferry pier', 'Engineers found cracks in the pilings of the ninety-year-old crossing', 'By Jane Doe'], 0],
    ['nothing when no line reads like a headline', ['Home', 'News'], undefined]
  ])('finds %s', (_name, lines, expected) => {
    const units = unitsOf([...lines, ...body])
    expect(findHeadline(units, units.map(() => undefined), lines.length)).toBe(expected)
  })
})
