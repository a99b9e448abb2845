import {describe, expect, it} from 'vitest'
import {addTallies, matchExact, matchParagraphs, normaliseText, prf, stripDateline} from '../../scripts/eval/structure-score.js'

describe('normaliseText', () => {
  it.each([
    ['  plain  text ', 'plain text'],
    ['line\none\ttwo', 'line one two'],
    ['\u201CQuoted,\u201D she said', '"Quoted," she said'],
    ['it\u2019s \u2018fine\u2019', "it's 'fine'"],
    ['no\u00A0break', 'no break'],
    ['zero\u200Bwidth', 'zerowidth'],
    ['\u00ABangled\u00BB', '"angled"']
  ])('%j → %j', (input, expected) => {
    expect(normaliseText(input)).toBe(expected)
  })
})

describe('stripDateline', () => {
  it.each([
    ['TOWNVILLE, May 3 (Wire) - The mayor spoke.', 'The mayor spoke.'],
    ['OLD HARBOR (AP) \u2014 Boats left early.', 'Boats left early.'],
    ['RIVERTON \u2014 The bridge opened.', 'The bridge opened.'],
    ['The mayor spoke on Monday - briefly.', 'The mayor spoke on Monday - briefly.'],
    ['NASA said the launch - a test - went well.', 'NASA said the launch - a test - went well.'],
    ['A short line.', 'A short line.'],
    ['PORT ELLA, Ruritania \u2014 Ships docked.', 'Ships docked.'],
    ['US Open - the draw is out.', 'US Open - the draw is out.']
  ])('%j → %j', (input, expected) => {
    expect(stripDateline(input)).toBe(expected)
  })
})

describe('matchExact', () => {
  it.each([
    [['a', 'b'], ['a', 'b'], 2, [], []],
    [['a', 'b', 'b'], ['b', 'c'], 1, ['c'], ['a', 'b']],
    [[], ['a'], 0, ['a'], []],
    [['a'], [], 0, [], ['a']],
    [['x', 'x'], ['x', 'x'], 2, [], []]
  ] as const)('%j vs %j', (predicted, gold, matched, missed, extra) => {
    const result = matchExact(predicted, gold)
    expect(result).toEqual({matched, predicted: predicted.length, gold: gold.length, missed, extra})
  })
})

describe('prf', () => {
  it.each([
    [{matched: 3, predicted: 4, gold: 6}, 0.75, 0.5, 0.6],
    [{matched: 0, predicted: 0, gold: 0}, 1, 1, 1],
    [{matched: 0, predicted: 2, gold: 0}, 0, 0, 0],
    [{matched: 0, predicted: 0, gold: 2}, 0, 0, 0],
    [{matched: 2, predicted: 2, gold: 2}, 1, 1, 1]
  ])('%j', (tally, precision, recall, f1) => {
    const score = prf(tally)
    expect(score.precision).toBeCloseTo(precision)
    expect(score.recall).toBeCloseTo(recall)
    expect(score.f1).toBeCloseTo(f1)
  })

  it('micro-averages by summing tallies', () => {
    expect(addTallies([{matched: 1, predicted: 2, gold: 3}, {matched: 4, predicted: 5, gold: 6}])).toEqual({matched: 5, predicted: 7, gold: 9})
  })
})

describe('matchParagraphs', () => {
  it('removes a leading dateline on both sides', () => {
    const result = matchParagraphs(['The mayor spoke.'], ['TOWNVILLE (Wire) - The mayor spoke.'], [])
    expect(result.matched).toBe(1)
  })

  it('counts a predicted paragraph equal to a dek line neither way', () => {
    const result = matchParagraphs(['A standfirst line.', 'Body text.'], ['Body text.'], ['A standfirst line.'])
    expect(result).toMatchObject({matched: 1, predicted: 1, gold: 1, extra: []})
  })
})
