import {describe, expect, it} from 'vitest'
import {expandBraces, isGlob, matchSegment} from '../../src/cli/glob.js'
import {withoutPositions} from '../../src/cli/without-positions.js'

// Rows of [segment, names it matches, names it does not].
const rows: Array<[string, string[], string[]]> = [
  ['*.txt', ['a.txt', 'story one.txt'], ['a.txt.bak', '.hidden.txt', 'a.md']],
  ['story-??.md', ['story-01.md'], ['story-1.md']],
  ['[ab]*', ['a1', 'b'], ['c']],
  ['[!ab]*', ['c'], ['a1']],
  ['*.{md,markdown}', ['a.md', 'b.markdown'], ['c.mdx']],
  ['a+b(1).txt', ['a+b(1).txt'], ['aab1.txt']],
  ['.*', ['.env'], ['env']],
  ['[a-c]?.md', ['b1.md'], ['d1.md', 'b.md']],
  ['*a*b', ['xaxb', 'ab'], ['xaxa', 'ba']],
  ['{x,y{1,2}}.txt', ['x.txt', 'y1.txt', 'y2.txt'], ['y.txt']]
]

describe('matchSegment', () => {
  it.each(rows)('%s', (segment, matches, misses) => {
    for (const name of matches) expect(matchSegment(segment, name), name).toBe(true)
    for (const name of misses) expect(matchSegment(segment, name), name).toBe(false)
  })

  it('spells out braces', () => {
    expect(expandBraces('a{b,c}d{e,f}')).toEqual(['abde', 'abdf', 'acde', 'acdf'])
  })

  it('stays fast on a pattern that makes a backtracking regular expression slow', () => {
    const started = performance.now()
    expect(matchSegment('*a*a*a*a*a*a*a*b', 'a'.repeat(200))).toBe(false)
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it.each([['a.txt', false], ['*.txt', true], ['a?', true], ['[a]', true], ['{a,b}', true]] as const)('isGlob(%s) is %s', (argument, expected) => {
    expect(isGlob(argument)).toBe(expected)
  })
})

describe('withoutPositions', () => {
  it('leaves out positions, places and lists of positions, and keeps everything else', () => {
    const point = {line: 1, column: 1, offset: 0}
    const position = {start: point, end: {line: 1, column: 4, offset: 3}}
    const value = {text: 'abc', position, place: 'Kabul', occurrences: [position, position], messages: [{reason: 'r', place: position}], empty: []}
    expect(JSON.parse(JSON.stringify(value, withoutPositions))).toEqual({text: 'abc', place: 'Kabul', messages: [{reason: 'r'}], empty: []})
  })
})
