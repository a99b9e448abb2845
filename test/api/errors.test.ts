import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'

// Caller mistakes throw a TypeError whose message names the argument and
// says what was expected. Odd *content* never throws (see test/property).
const badText: Array<[label: string, value: unknown]> = [
  ['a number', 42],
  ['null', null],
  ['undefined', undefined],
  ['an object', {text: 'Headline'}],
  ['an array', ['Headline']],
  ['a boolean', true],
  ['a bigint', 10n],
  ['a symbol', Symbol('text')],
  ['a function', () => 'Headline'],
  ['a String object', new String('Headline')],
  ['a Buffer-like byte array', new Uint8Array([72, 105])]
]

const badOptions: Array<[label: string, options: unknown, names: RegExp]> = [
  ['a string', 'text', /`options` must be an object/],
  ['a number', 1, /`options` must be an object/],
  ['a boolean', true, /`options` must be an object/],
  ['an array', ['text'], /`options` must be an object/],
  ['a function', () => ({}), /`options` must be an object/],
  ['an unknown option', {formt: 'text'}, /unknown option `formt`/],
  ['an unknown option beside a good one', {format: 'text', strict: true}, /unknown option `strict`/],
  ['a format that does not exist', {format: 'pdf'}, /`options\.format` must be one of .*'text'.*got "pdf"/],
  ['a format of the wrong type', {format: 5}, /`options\.format` must be one of .*got number 5/],
  ['a format in the wrong case', {format: 'TEXT'}, /`options\.format`/]
]

describe('parseArticle: caller mistakes', () => {
  it.each(badText)('throws a TypeError naming `text` for %s', (_label, value) => {
    expect(() => parseArticle(value as string)).toThrow(TypeError)
    expect(() => parseArticle(value as string)).toThrow(/`text` must be a string, got /)
  })

  it.each(badOptions)('throws a TypeError for options that are %s', (_label, options, names) => {
    expect(() => parseArticle('Headline\n\nA paragraph.', options as never)).toThrow(TypeError)
    expect(() => parseArticle('Headline\n\nA paragraph.', options as never)).toThrow(names)
  })

  it('keeps error messages short even for huge values', () => {
    const huge = 'x'.repeat(100_000)
    let message = ''
    try {
      parseArticle('Headline', {format: huge} as never)
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toMatch(/`options\.format`/)
    expect(message.length).toBeLessThan(300)
  })

  it.each<[label: string, options: unknown]>([
    ['no options', undefined],
    ['null', null],
    ['an empty object', {}],
    ['the default format', {format: 'text'}],
    ['an explicitly undefined format', {format: undefined}]
  ])('accepts %s', (_label, options) => {
    expect(() => parseArticle('Headline\n\nA paragraph.', options as never)).not.toThrow()
  })

  it.each<[label: string, text: string]>([
    ['the empty string', ''],
    ['only whitespace', ' \n\t\r\n '],
    ['a lone surrogate', '\uD800'],
    ['NUL bytes', '\0\0\0']
  ])('never throws for a string: %s', (_label, text) => {
    expect(() => parseArticle(text)).not.toThrow()
  })
})

it('describes a function without printing its source', () => {
  expect(() => parseArticle((() => 'a secret body') as never)).toThrow(/got a function$/)
  expect(() => parseArticle('x', (() => 'a secret body') as never)).toThrow(/got a function$/)
})
