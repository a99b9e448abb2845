import {describe, expect, it} from 'vitest'
import type {Unit} from '../../src/blocks/group-repeats.js'
import {findArticleBody, runFeatures} from '../../src/structure/find-article-body.js'
import {topicStems} from '../../src/structure/topic-stems.js'

/** Units of invented lines, one per line, as the text path reads them. */
function unitsOf(lines: readonly string[]): Unit[] {
  let offset = 0
  return lines.map((text) => {
    const unit: Unit = {text, start: offset, end: offset + text.length, blankBefore: false, occurrences: [[offset, offset + text.length]]}
    offset += text.length + 1
    return unit
  })
}

const harbour = [
  'The harbour council voted on Monday to close the old ferry pier after engineers found cracks in its pilings, ending a crossing that ran for ninety years.',
  'Engineers told the harbour council that the pilings could not be repaired before winter, and that the ferry pier would have to be rebuilt from the seabed.',
  'The ferry company said the crossing would move to the north quay while the harbour pier is rebuilt, adding ten minutes to the trip for most passengers.'
]
const harbourLater = [
  'Passengers at the north quay said the longer ferry crossing would cost them time, and several asked the harbour council to speed up the pier works.',
  'The council said the rebuilt ferry pier should open in two years, and that the harbour engineers would report on the pilings every three months.',
  'Until then the ferry will run from the north quay, with an extra crossing on weekday mornings for passengers who work across the harbour.',
  'A council spokesperson said the cost of the pier works would be shared with the ferry company, and that fares would not rise this year.'
]
const chart = ['Crossings per year', '2019', '2020', '2021', '2022', '2023', 'Source: harbour office', 'Advertisement']
const menu = ['Home', 'News', 'Sport', 'Weather', 'Contact']
/** A page's legal line: one long line of prose at its foot. */
const legal = [
  'All material on this site is provided for general information only and is not a recommendation to buy or sell any security; quotes are delayed by at least twenty minutes unless stated otherwise, market data is supplied by third parties who accept no liability for errors, and the reproduction, redistribution or rebroadcast of any part of this page without the written permission of the publisher is prohibited under the terms of use, the privacy notice and the cookie policy that govern every visit to this site.'
]
const teasers = [
  'A bakery on the high street won a regional prize for its sourdough loaves this spring, and its owners say the queue now starts before dawn.',
  'The town orchestra announced a summer season of free concerts in the park, with the first one planned for the last weekend of June this year.',
  'Volunteers planted two hundred trees along the river path on Saturday, the third planting this year, and hope to double that by the autumn.'
]

describe('findArticleBody', () => {
  it.each([
    ['a story split by a chart: the part above joins the body', [...menu, ...harbour, ...chart, ...harbourLater, ...menu], {start: 5, end: 20}],
    ['prose of another topic above a gap stays out of the body', [...menu, ...teasers, ...chart, ...harbourLater, ...menu], {start: 16, end: 20}],
    ['a story below the gap is not joined (comments and teasers repeat its words)', [...menu, ...harbourLater, ...chart, ...harbour, ...menu], {start: 5, end: 9}],
    ['a story of several paragraphs outweighs one longer legal line', [...menu, ...harbour, ...menu, ...menu, ...legal], {start: 5, end: 8}],
    ['one line alone is the body when nothing else reads like prose', [...menu, ...legal], {start: 5, end: 6}],
    ['no prose at all', menu, {start: 0, end: 0}]
  ])('%s', (_name, lines, expected) => {
    const units = unitsOf(lines)
    expect(findArticleBody(units, units.map(() => undefined))).toEqual(expected)
  })

  it('does not join a run beyond the longest gap the corpus allows', () => {
    const gap = Array.from({length: 80}, (_, index) => `Link ${index}`)
    const units = unitsOf([...harbour, ...gap, ...harbourLater])
    expect(findArticleBody(units, units.map(() => undefined))).toEqual({start: 83, end: 87})
  })
})

describe('runFeatures', () => {
  it.each([
    ['a run of several lines', {start: 0, end: 4, score: 400, lines: 3}, [Math.log(400), 0]],
    ['a run of one line', {start: 9, end: 10, score: 500, lines: 1}, [Math.log(500), 1]]
  ])('%s', (_name, run, expected) => {
    expect(runFeatures(run)).toEqual(expected)
  })
})

describe('topicStems', () => {
  it('keeps words of four letters or more that are not stopwords, in lower case, cut to five letters', () => {
    expect([...topicStems('The harbour council endorses the new pier')]).toEqual(['harbo', 'counc', 'endor', 'pier'])
  })
})
