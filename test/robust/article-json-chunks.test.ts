import {existsSync, readFileSync, readdirSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {articleJsonChunks} from '../../src/article-json-chunks.js'
import {withoutPositions} from '../../src/cli/without-positions.js'
import {parseArticle} from '../../src/index.js'
import type {Article, InputFormat} from '../../src/types.js'
import {articleText} from '../property/arbitraries.js'
import {htmlArticle, markdownArticle} from '../property/markup-arbitraries.js'

// articleJsonChunks must give JSON.stringify's characters exactly, whatever the article, indentation, replacer and chunk size.
const spaces = fc.oneof(fc.constant(undefined), fc.integer({min: -2, max: 14}), fc.constantFrom('', ' ', '\t', '  ', '-->', 'abcdefghijklmnop'))
const sizes = fc.oneof(fc.integer({min: 1, max: 64}), fc.constantFrom(1000, 1 << 15))
const replacers = fc.constantFrom(undefined, withoutPositions)

function same(article: Article, space: number | string | undefined, size: number, replacer: typeof withoutPositions | undefined): void {
  const chunks = [...articleJsonChunks(article, {space, size, replacer})]
  expect(chunks.join('')).toBe(JSON.stringify(article, replacer, space))
  // Every chunk but the last has at least `size` characters.
  expect(chunks.slice(0, -1).every((chunk) => chunk.length >= size)).toBe(true)
}

const formats: Array<[InputFormat, fc.Arbitrary<string>]> = [
  ['text', articleText],
  ['html', htmlArticle],
  ['markdown', markdownArticle]
]

describe('articleJsonChunks', () => {
  for (const [format, arbitrary] of formats) {
    it(`gives JSON.stringify's characters for generated ${format} articles (entities read and unread)`, {timeout: 60_000}, () => {
      fc.assert(
        fc.property(arbitrary, spaces, sizes, replacers, fc.boolean(), (input, space, size, replacer, readFirst) => {
          const article = parseArticle(input, {format})
          if (readFirst) void article.entities
          same(article, space, size, replacer)
        }),
        {numRuns: 60}
      )
    })
  }

  it('reads lazy entities when their turn comes, once', () => {
    const article = parseArticle('Talks resume\n\n“We will stay,” Jane Doe said in Kabul.\n\nJohn Roe, a minister, said the talks would go on.')
    const chunks = articleJsonChunks(article, {size: 1})
    expect(Object.getOwnPropertyDescriptor(article, 'entities')?.get).toBeTypeOf('function')
    const text = [...chunks].join('')
    expect(text).toBe(JSON.stringify(article))
    expect(JSON.parse(text).entities.length).toBeGreaterThan(0)
  })

  it.each([
    ['not an article', 'text', {}, /`article` must be an article/],
    ['null', null, {}, /`article` must be an article/],
    ['options not an object', {}, 2, /`options` must be an object/],
    ['an unknown option', {}, {indent: 2}, /unknown option `indent`/],
    ['a list of keys as replacer', {}, {replacer: ['headline']}, /a list of keys is not taken/],
    ['a boolean space', {}, {space: true}, /`options.space` must be a number or a string/],
    ['a zero size', {}, {size: 0}, /`options.size` must be a positive whole number/],
    ['a fractional size', {}, {size: 1.5}, /`options.size` must be a positive whole number/]
  ])('throws a TypeError when called with %s', (_name, article, options, message) => {
    expect(() => articleJsonChunks(article as Article, options as never)).toThrow(TypeError)
    expect(() => articleJsonChunks(article as Article, options as never)).toThrow(message)
  })
})

// The development corpus lives outside the project; without it these cases say so and skip.
const folder = new URL('../../../shared/corpus/structure/', import.meta.url).pathname
const present = existsSync(folder)
const files = present ? readdirSync(folder).filter((name) => /\.(?:clean\.txt|html)$/.test(name)).slice(0, 24) : []

describe.skipIf(!present)(`articleJsonChunks on corpus articles (${present ? folder : 'skipped: ../shared/corpus is absent'})`, () => {
  it.each(files)('%s: the same characters as JSON.stringify, indented and compact', (name) => {
    const article = parseArticle(readFileSync(`${folder}${name}`, 'utf8'), {format: name.endsWith('.html') ? 'html' : 'text'})
    for (const [space, size] of [[2, 1 << 15], [undefined, 97], ['\t', 1]] as const) same(article, space, size, undefined)
    same(article, undefined, 500, withoutPositions)
  })
})
