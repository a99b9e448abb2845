import {describe, expect, it} from 'vitest'
import {groupRepeats} from '../../src/blocks/group-repeats.js'
import {joinContinuedLines} from '../../src/blocks/join-continued-lines.js'
import {splitLines} from '../../src/blocks/split-lines.js'
import {featureList, featureNames, measureUnits} from '../../src/structure/features/feature-list.js'
import {captionEvidence, closesSection, introducesLonger, shortRun} from '../../src/structure/features/layout-features.js'
import {namesWeekdayDate} from '../../src/structure/features/lexicon-features.js'
import {topicShare} from '../../src/structure/topic-stems.js'
import {readDocument} from '../../src/structure/features/read-document.js'
import type {DocumentFacts} from '../../src/structure/features/read-document.js'
import {capitalShare, countSentences, titleShare} from '../../src/structure/features/shape-features.js'
import {tokenize} from '../../src/structure/caption-cues.js'
import {bestRestatement} from '../../src/structure/features/topic-features.js'

/** The document facts of an invented text, blocks separated by blank lines. */
function factsOf(blocks: readonly string[]): DocumentFacts {
  const text = blocks.join('\n\n')
  return readDocument(groupRepeats(joinContinuedLines(splitLines(text), text)))
}

const story = [
  'Harbour council votes to rebuild the old pier',
  'The vote ends two years of dispute over the crumbling structure.',
  'The harbour council voted on Tuesday to rebuild the old stone pier at a cost of four million pounds, ending a dispute that had split the town.',
  'Council leader Ann Holt waves from the pier in Port Ellen, Scotland',
  'Holt said the work would begin in the spring and take two years, and that the ferry would call at the new pier from the summer after next.',
  'What happens next',
  'Engineers will survey the seabed in March before the first stones of the old pier are lifted and numbered for the rebuilding.'
]

describe('shape measures', () => {
  it.each([
    ['Harbour Council Votes', 1],
    ['the harbour council votes', 0],
    ['Ann Holt waves', 2 / 3],
    ['', 0]
  ])('titleShare(%j) = %d', (text, expected) => {
    expect(titleShare({text, tokens: tokenize(text), words: 0, topics: new Set(), prose: false, copies: 1, printed: 1, blankBefore: true, headlineShaped: false})).toBeCloseTo(expected)
  })

  it.each([
    ['WHAT HAPPENS NEXT', 1],
    ['What happens next', 1 / 15],
    ['1 2 3', 0]
  ])('capitalShare(%j) = %d', (text, expected) => {
    expect(capitalShare(text)).toBeCloseTo(expected)
  })

  it.each([
    ['One sentence here.', 1],
    ['One sentence. Then another one. And a third?', 3],
    ['Mr. Holt arrived.', 1],
    ['A line without a mark', 1]
  ])('countSentences(%j) = %d', (text, expected) => {
    expect(countSentences(text)).toBe(expected)
  })
})

describe('namesWeekdayDate', () => {
  it.each([
    ['Crowds gather outside the ministry in Port Ellen, Tuesday, March 4, 2025.', true],
    ['Crowds gather on Tuesday, 4 March.', true],
    ['The council met on Tuesday to vote.', false],
    ['The March 4 vote was close.', false]
  ])('%j → %j', (text, expected) => {
    expect(namesWeekdayDate(tokenize(text))).toBe(expected)
  })
})

describe('topicShare', () => {
  it.each([
    [['harbour', 'council'], ['harbour', 'council', 'vote'], 2 / 3],
    [['harbour'], ['pier'], 0],
    [[], ['pier'], 0]
  ])('%j in %j = %d', (mine, other, expected) => {
    expect(topicShare(new Set(mine), new Set(other))).toBeCloseTo(expected)
  })
})

describe('layout features', () => {
  const document = factsOf(story)

  it('counts a caption’s evidence, and none for a paragraph that reports speech in the past', () => {
    // A named subject waving (scene), shorter than both neighbours, a placed scene.
    expect(captionEvidence(document, 3)).toBeGreaterThanOrEqual(3)
    expect(captionEvidence(document, 4)).toBe(0)
  })

  it.each([
    [5, true],
    // A caption without a full stop has a heading's shape too: the model weighs the other evidence.
    [3, true],
    [1, false],
    [2, false]
  ])('introducesLonger(unit %d) = %j', (index, expected) => {
    expect(introducesLonger(document, index)).toBe(expected)
  })

  it('measures runs of short lines', () => {
    const menu = factsOf(['Home', 'World', 'Business', 'Sport', 'A long paragraph of the story that has far more than fifteen words in it, so it ends the run.'])
    expect([0, 1, 2, 3, 4].map((index) => shortRun(menu, index))).toEqual([4, 4, 4, 4, 0])
  })

  it('finds a heading-shaped line that closes a section before the next heading', () => {
    const layout = factsOf([
      'The council voted on Tuesday to rebuild the old stone pier at a cost of four million pounds.',
      'Ann Holt on the pier at dawn',
      'What happens next',
      'Engineers will survey the seabed in March before the first stones are lifted.'
    ])
    expect(closesSection(layout, 1)).toBe(true)
    expect(closesSection(layout, 2)).toBe(false)
  })

  it('finds the line that restates another', () => {
    const layout = factsOf([
      'Engineers will survey the harbour seabed in March before the pier stones are lifted.',
      'Engineers survey the harbour seabed.',
      'The ferry timetable is unchanged.'
    ])
    expect(bestRestatement(layout, 1)).toBeGreaterThan(0.5)
    expect(bestRestatement(layout, 2)).toBe(0)
  })
})

describe('featureList', () => {
  it('has unique kebab-case names (with a neighbour or page prefix)', () => {
    expect(new Set(featureNames).size).toBe(featureNames.length)
    for (const name of featureNames) expect(name).toMatch(/^(?:(?:previous|next)-\d|on-page):[a-z0-9-]+$|^[a-z0-9-]+$/)
  })

  it('measures every unit with every feature, as the features compute one by one', () => {
    const document = factsOf(story)
    const rows = measureUnits(document)
    expect(rows).toHaveLength(story.length)
    rows.forEach((row, index) => {
      featureList.forEach((feature, place) => {
        expect(Number.isFinite(row[place]), feature.name).toBe(true)
        expect(row[place], `${feature.name} at ${index}`).toBeCloseTo(feature.value(document, index), 10)
      })
    })
  })
})

describe('readDocument with what the rules searched', () => {
  const text = story.join('\n\n')
  const units = groupRepeats(joinContinuedLines(splitLines(text), text))
  const own = readDocument(units)
  const unmarked = units.map(() => undefined)
  // Invented findings, told apart from the document's own searches.
  const found = {body: {start: 5, end: 7}, headline: 4}
  it.each([
    // The rules searched on the same marks: their findings are taken.
    ['the same marks', unmarked, found.body, found.headline],
    // Other marks (a byline the rules read, say): the document searches on its own.
    ['other marks', ['byline', ...unmarked.slice(1)], own.body, own.headline]
  ] as const)('%s → body %j, headline %j', (_, marks, body, headline) => {
    const document = readDocument(units, undefined, {marks, ...found})
    expect([document.body, document.headline]).toEqual([body, headline])
  })
  it('searches on its own to another body and headline than the invented ones (so the cases above tell them apart)', () => {
    expect([own.body, own.headline]).not.toEqual([found.body, found.headline])
  })
})
