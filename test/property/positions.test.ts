import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {detectFormat} from '../../src/blocks/detect-format.js'
import {articleText, codeUnits} from './arbitraries.js'
import {checkPositions, renderSlice, type SliceFormat} from './check-article.js'
import {htmlArticle, markdownArticle} from './markup-arbitraries.js'

// Every position of every element (entities included) against an independent
// slice of the input, for every format. `npm run stress` runs the same
// properties over 100,000 cases per format; here a CI-sized sample.
const runs = Number(process.env.POSITION_RUNS ?? 100)
const timeout = 120_000

function positionsHold(format: SliceFormat | 'auto') {
  return (input: string): void => {
    const article = JSON.parse(JSON.stringify(parseArticle(input, {format}))) as unknown
    checkPositions(input, article, format === 'auto' ? detectFormat(input) : format)
  }
}

describe('every position slices back to its text', () => {
  it.each([
    ['text', articleText],
    ['html', htmlArticle],
    ['markdown', markdownArticle],
    ['auto', fc.oneof(articleText, htmlArticle, markdownArticle)]
  ] as const)('%s', {timeout}, (format, arbitrary) => {
    fc.assert(fc.property(arbitrary, positionsHold(format)), {numRuns: runs})
  })

  it.each(['text', 'html', 'markdown'] as const)('%s: any code units give sane points and never throw', {timeout}, (format) => {
    fc.assert(
      fc.property(codeUnits, (input) => {
        const article = parseArticle(input, {format})
        void article.entities
        checkPositions(input, JSON.parse(JSON.stringify(article)) as unknown, format === 'text' ? 'text' : 'points')
      }),
      {numRuns: runs}
    )
  })

  it('the generators give elements to check (the property is not vacuous)', {timeout}, () => {
    for (const [format, arbitrary] of [['html', htmlArticle], ['markdown', markdownArticle]] as const) {
      const checked = fc.sample(arbitrary, {numRuns: 30, seed: 7}).map((input) => checkPositions(input, JSON.parse(JSON.stringify(parseArticle(input, {format}))) as unknown, format))
      expect(checked.reduce((sum, count) => sum + count, 0), format).toBeGreaterThan(300)
    }
  })
})

describe('the markup renderer of the checker', () => {
  // [format, slice, what it shows once white space and marks are dropped]
  const rows: Array<[SliceFormat, string, string]> = [
    ['html', 'Smith&ampWesson', 'Smith&Wesson'],
    ['html', 'met</span> Jane', 'metJane'],
    ['html', 'a\0b <!-- c --> d', 'abd'],
    ['html', '<q>Yes</q>', '\u201CYes\u201D'],
    ['markdown', 'The *minister* met\n> Jane', 'TheministermetJane'],
    ['markdown', '&amp &amp; \\*x', '&amp&x'],
    ['markdown', '[link](https://example.com) text', 'linktext']
  ]
  it.each(rows)('%s %j', (format, slice, shown) => {
    expect(renderSlice(slice, format as 'html' | 'markdown')).toBe(shown.replace(/[\s*_`[\]!]/g, ''))
  })

  it('rejects a slice shifted by one character', () => {
    const input = '<p>Officials met</span> Jane Doe</p>'
    const at = input.indexOf('Jane')
    const mention = (from: number) => ({text: 'Jane Doe', position: {start: {line: 1, column: from + 1, offset: from}, end: {line: 1, column: from + 9, offset: from + 8}}})
    expect(() => checkPositions(input, {mention: mention(at)}, 'html')).not.toThrow()
    expect(() => checkPositions(input, {mention: mention(at - 1)}, 'html')).toThrow(/slice/)
  })
})
