import {describe, expect, it} from 'vitest'
import {jsonChunks} from '../../src/json-chunks.js'
import {withoutPositions} from '../../src/cli/without-positions.js'
import {parseArticle} from '../../src/index.js'
import {textArticle} from './articles.js'

// Every character JSON.stringify escapes or keeps: controls, quotes, backslash, lone and paired surrogates, line separators.
const everyEscape = `${Array.from({length: 0x20}, (_, code) => String.fromCharCode(code)).join('')}"\\/\u007f\u2028\u2029\ud800x\udc00\ud83d\ude00\udbff\udfff\ud800`

class Point {
  constructor(readonly x: number) {}
  get double(): number {
    return this.x * 2
  }
}

const odd: Record<string, unknown> = {
  empty: '',
  escapes: everyEscape,
  emptyArray: [],
  emptyObject: {},
  nested: [[], [[]], [{}, [1, [2, [3, []]]]], {a: {b: {c: {}}}}],
  skipped: undefined,
  fn: () => 1,
  symbol: Symbol('s'),
  [Symbol('key')]: 'hidden',
  inArray: [undefined, () => 1, Symbol('s'), null, Number.NaN, Infinity, -0, 1e21, 5e-7, -1.5],
  boxed: [new Number(3), new String('s'), new Boolean(false), Object(Symbol('s'))],
  date: new Date(0),
  withToJson: {toJSON: (key: string) => ({key})},
  classInstance: new Point(2),
  getter: Object.defineProperty({}, 'lazy', {enumerable: true, get: () => ({read: true})}),
  hiddenGetter: Object.defineProperty({shown: 1}, 'hidden', {enumerable: false, value: 2}),
  numericKeys: {2: 'two', 1: 'one', b: 'b', a: 'a'},
  sparse: [1, , 3],
  keys: {[everyEscape]: everyEscape, '': 'empty key'}
}

const indents = ['', '  ', '\t', '    ']
const sizes = [1, 7, 64, 1 << 20]
const replacers: Array<[string, ((this: unknown, key: string, value: unknown) => unknown) | undefined]> = [
  ['no replacer', undefined],
  ['withoutPositions', withoutPositions],
  ['one that drops keys and changes values', function (this: unknown, key: string, value: unknown) {
    if (key === 'skipped' || key === '1') return undefined
    if (typeof value === 'number') return value + 1
    return Array.isArray(this) && typeof value === 'string' ? value.toUpperCase() : value
  }]
]

const values: Array<[string, unknown]> = [
  ['odd values', odd],
  ['a string with every escape', everyEscape],
  ['a number', 42],
  ['null', null],
  ['an empty array', []],
  ['an empty object', {}],
  ['deep arrays', JSON.parse(`${'['.repeat(500)}${']'.repeat(500)}`)],
  ['an invented article', parseArticle(textArticle(1, 30), {format: 'text'})],
  ['a JSON line', {input: 'a.txt', article: parseArticle(textArticle(2, 5), {format: 'text'})}]
]

describe('jsonChunks', () => {
  for (const [name, value] of values) {
    for (const [replacerName, replacer] of replacers) {
      it(`gives JSON.stringify's characters for ${name}, ${replacerName}, every indent and chunk size`, () => {
        for (const indent of indents) {
          const expected = JSON.stringify(value, replacer, indent)
          for (const size of sizes) {
            const chunks = [...jsonChunks(value, {replacer, indent, size})]
            expect(chunks.join('')).toBe(expected)
            if (size > 1) expect(chunks.slice(0, -1).every((chunk) => chunk.length >= size)).toBe(true)
          }
        }
      })
    }
  }

  it('yields chunks near the size asked for, never the whole value at once', () => {
    const article = parseArticle(textArticle(3, 200), {format: 'text'})
    const chunks = [...jsonChunks(article, {indent: '  ', size: 4096})]
    expect(chunks.length).toBeGreaterThan(10)
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(8192)
    expect(chunks.join('')).toBe(JSON.stringify(article, null, 2))
  })

  it('yields nothing where JSON.stringify gives undefined', () => {
    for (const value of [undefined, () => 1, Symbol('s')]) expect([...jsonChunks(value)]).toEqual([])
    expect([...jsonChunks({a: 1}, {replacer: () => undefined})]).toEqual([])
  })

  it('throws the TypeError JSON.stringify throws', () => {
    const cycle: Record<string, unknown> = {a: [1]}
    ;(cycle.a as unknown[]).push({back: cycle})
    for (const value of [cycle, {n: 1n}, [Object(1n)]]) {
      expect(() => JSON.stringify(value)).toThrow(TypeError)
      expect(() => [...jsonChunks(value)]).toThrow(TypeError)
    }
  })

  it('writes a value met twice (not a cycle) both times', () => {
    const shared = {x: 1}
    const value = {a: shared, b: [shared, shared]}
    expect([...jsonChunks(value, {indent: '  '})].join('')).toBe(JSON.stringify(value, null, 2))
  })

  it('reads values, calls toJSON and the replacer in the order JSON.stringify does', () => {
    const calls = (run: (value: unknown, replacer: (key: string, value: unknown) => unknown) => void) => {
      const seen: string[] = []
      const value = {
        a: {toJSON: (key: string) => (seen.push(`toJSON ${key}`), [1, {b: 2}])},
        get c() {
          seen.push('get c')
          return 3
        }
      }
      run(value, (key, item) => (seen.push(`replacer ${key}`), item))
      return seen
    }
    const expected = calls((value, replacer) => JSON.stringify(value, replacer))
    expect(calls((value, replacer) => [...jsonChunks(value, {replacer})])).toEqual(expected)
    expect(expected.length).toBeGreaterThan(5)
  })
})
