import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {articleText, codeUnits} from './arbitraries.js'
import {checkPositions, checkSerialisable} from './check-article.js'

const runs = 200

/** Every property at once, so each generated input is parsed only twice. */
function holdsFor(text: string): void {
  const first = parseArticle(text)
  const second = parseArticle(text)
  expect(second).toStrictEqual(first)
  checkPositions(text, first)
  checkSerialisable(first)
}

describe('parseArticle properties', () => {
  it('holds for arbitrary strings of code points', () => {
    fc.assert(fc.property(fc.string({unit: 'binary', maxLength: 400}), holdsFor), {numRuns: runs})
  })

  it('holds for arbitrary UTF-16 code units, lone surrogates included', () => {
    fc.assert(fc.property(codeUnits, holdsFor), {numRuns: runs})
  })

  // Two minutes, as positions.test.ts gives its properties over the same generated articles: at load 17 on the
  // 2-core machine (npm test beside five other sessions) this one took 39 s and failed at 30. It asserts no speed.
  it('holds for generated article-like text', () => {
    fc.assert(fc.property(articleText, holdsFor), {numRuns: runs})
  }, 120_000)

  it('the generator does produce articles with positioned elements (the checks are not vacuous)', () => {
    const samples = fc.sample(articleText, {numRuns: 50, seed: 42})
    const checked = samples.map((text) => checkPositions(text, parseArticle(text)))
    expect(checked.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(200)
  })
})

describe('the invariant checks themselves', () => {
  const input = 'Headline here\n\nA first paragraph.'
  const headline = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 14, offset: 13}}

  it('accept a correct position and the real output', () => {
    expect(checkPositions(input, {headline: {text: 'Headline here', position: headline}})).toBe(1)
    expect(() => checkPositions(input, parseArticle(input))).not.toThrow()
  })

  it('reject a position that does not slice back to its text', () => {
    const broken = {headline: {text: 'Headline her', position: headline}}
    expect(() => checkPositions(input, broken)).toThrow(/slice/)
  })

  it('reject a point whose line and column disagree with its offset', () => {
    const point = {line: 1, column: 1, offset: 15}
    const broken = {headline: {text: '', position: {start: point, end: point}}}
    expect(() => checkPositions(input, broken)).toThrow(/offset 15 is at 3:1/)
  })

  it('reject an occurrence that does not slice back to the caption text', () => {
    const position = {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 5, offset: 4}}
    const broken = {captions: [{text: 'Head', position, occurrences: [position, {...position, start: {line: 1, column: 2, offset: 1}}]}]}
    expect(() => checkPositions(input, broken)).toThrow(/occurrences\[1\]/)
  })

  it('reject undefined in arrays and cycles', () => {
    expect(() => checkSerialisable({list: [undefined]})).toThrow()
    expect(() => checkSerialisable({value: undefined})).toThrow()
    const cycle: {self?: unknown} = {}
    cycle.self = cycle
    expect(() => checkSerialisable(cycle)).toThrow()
  })
})
