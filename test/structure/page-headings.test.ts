import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {groupRepeats} from '../../src/blocks/group-repeats.js'
import {joinContinuedLines} from '../../src/blocks/join-continued-lines.js'
import {splitLines} from '../../src/blocks/split-lines.js'
import {dropFurnitureHeadings, headingModel, headingProbability} from '../../src/structure/drop-furniture-headings.js'
import type {HeadingModel} from '../../src/structure/drop-furniture-headings.js'
import type {Label} from '../../src/structure/label.js'
import {headingFeatureNames, measureHeadings} from '../../src/structure/measure-headings.js'

// Invented examples.
const lead =
  'The harbour council voted on Monday night to close the old pier at Seatown for good, ending a decade of debate about repairs to its timbers.'
const second = 'Fishermen said they had expected the decision for months, but had still hoped the council would find the money to repair the pier.'
const third = 'The mayor said the town would now look for a builder to put up a smaller pier beside the lifeboat station before the summer.'
const fourth = 'Repairs to the old pier would have cost the council more than the new pier, the harbour engineer told the meeting on Monday.'
const fifth = 'Harbour traders said the closure of the old pier would keep visitors away from the seafront shops this summer.'
const last = 'The harbour council voted on Tuesday morning to keep the lifeboat station open while the new pier is built beside it.'
const more = [
  'The lifeboat crew said the station would stay in use through the building work, with its own slipway kept clear.',
  'Council papers show the new pier will be shorter than the old one, but wide enough for the ferry to berth at low tide.',
  'The old pier was built in the last century and has been closed to cars since a storm damaged its deck ten years ago.',
  'A public meeting about the design of the new pier will be held at the town hall next month, the council said.'
]

const unitsOf = (lines: readonly string[]) => {
  const text = lines.join('\n')
  return groupRepeats(joinContinuedLines(splitLines(text), text))
}

const menu = ['Home', 'News', 'Sport', 'Weather']
const headline = 'Seatown votes to close its old pier'
// A teaser for another story, title and one-line blurb, between two of the story's sections.
const page = [...menu, headline, lead, second, 'What the pier cost', third, fourth, 'Bakers Win Regional Prize', 'A family bakery took first place.', 'What happens next', fifth, last, ...more]

describe('measureHeadings', () => {
  const lines = ['Harbour Notes', lead, second, 'Short', 'Another line', fifth]
  const labels: Array<Label | undefined> = ['heading', undefined, undefined, 'heading', 'boilerplate', undefined]
  const measured = measureHeadings(unitsOf(lines), labels)
  const feature = (index: number, name: (typeof headingFeatureNames)[number]) => measured.get(index)![headingFeatureNames.indexOf(name)]

  it('measures every heading and nothing else', () => {
    expect([...measured.keys()]).toEqual([0, 3])
    for (const features of measured.values()) expect(features).toHaveLength(headingFeatureNames.length)
  })

  it.each([
    [0, 'section-paragraphs', Math.log1p(2)],
    [3, 'section-paragraphs', Math.log1p(1)],
    [0, 'edge-distance', 0],
    [0, 'title-case', 1],
    [0, 'heading-words', Math.log1p(2)],
    // Of the six lines around it (three a side, five here), two are not prose: the other heading and the box line.
    [3, 'short-neighbours', 1 / 6 + 1 / 6]
  ] as const)('heading %i: %s = %f', (index, name, expected) => {
    expect(feature(index, name)).toBeCloseTo(expected, 6)
  })

  it('shares of section topic words used elsewhere stay between 0 and 1', () => {
    for (const index of measured.keys()) {
      const share = feature(index, 'section-topic-elsewhere')!
      expect(share).toBeGreaterThanOrEqual(0)
      expect(share).toBeLessThanOrEqual(1)
    }
  })

  it('returns nothing for a text without headings', () => {
    expect(measureHeadings(unitsOf([lead, second]), [undefined, undefined]).size).toBe(0)
  })
})

describe('dropFurnitureHeadings', () => {
  const units = unitsOf([lead, 'Harbour Notes', second, third])
  const base: Array<Label | undefined> = [undefined, 'heading', undefined, undefined]

  it.each([
    ['a threshold of 0 keeps every heading', 0, 'heading'],
    ['a threshold above 1 drops every heading', 1.01, 'boilerplate']
  ] as const)('%s', (_name, threshold, expected) => {
    const labels = [...base]
    dropFurnitureHeadings(units, labels, {...headingModel, threshold, minParagraphs: 0})
    expect(labels[1]).toBe(expected)
    expect(labels.filter((_, index) => index !== 1)).toEqual([undefined, undefined, undefined])
  })

  it('leaves a text with fewer paragraphs than the model was fitted on as it is', () => {
    const labels = [...base]
    dropFurnitureHeadings(units, labels, {...headingModel, threshold: 1.01, minParagraphs: 4})
    expect(labels[1]).toBe('heading')
  })

  it('refuses a model whose features are not the measured ones', () => {
    const model: HeadingModel = {...headingModel, features: ['something-else']}
    expect(() => dropFurnitureHeadings(units, [...base], model)).toThrow(TypeError)
  })

  it('gives a probability between 0 and 1', () => {
    const probability = headingProbability(headingFeatureNames.map(() => 0))
    expect(probability).toBeGreaterThan(0)
    expect(probability).toBeLessThan(1)
  })
})

describe('headings on a whole page', () => {
  it("reads a teaser's title between the story's sections as furniture and keeps the story's headings", () => {
    const article = parseArticle(page.join('\n'))
    expect(article.headline?.text).toBe(headline)
    expect(article.sections.map((section) => section.heading?.text)).toEqual([undefined, 'What the pier cost', 'What happens next'])
    expect(article.boilerplate.map((block) => block.text)).toContain('Bakers Win Regional Prize')
  })

  it("keeps the same line a heading on an article's own text", () => {
    const article = parseArticle([headline, lead, second, 'What the pier cost', third, fourth, 'Bakers Win Regional Prize', 'A family bakery took first place.', 'What happens next', fifth, last, ...more].join('\n\n'))
    expect(article.sections.map((section) => section.heading?.text)).toContain('Bakers Win Regional Prize')
  })
})
