import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {describe as describeValue} from '../../src/options.js'

describe('caller mistakes name the problem', () => {
  it('says undefined once for undefined text', () => {
    expect(() => parseArticle(undefined as never)).toThrow(/`text` must be a string, got undefined$/)
  })

  // [options that are no plain object, the name the message gives]
  const rows: Array<[unknown, string]> = [
    [new Map([['format', 'html']]), 'a Map'],
    [new Date(0), 'a Date'],
    [new (class Settings {})(), 'a Settings'],
    [new String('html'), 'a String']
  ]
  it.each(rows)('rejects %o as options', (options, name) => {
    expect(() => parseArticle('Headline\n\nA paragraph.', options as never)).toThrow(TypeError)
    expect(() => parseArticle('Headline\n\nA paragraph.', options as never)).toThrow(`\`options\` must be a plain object ({format: 'html'}), got ${name}`)
  })

  it('still takes a plain object, one without a prototype too', () => {
    const bare = Object.assign(Object.create(null) as object, {format: 'html' as const})
    const input = '<h1>Talks resume</h1><p>The minister said the talks would continue.</p>'
    expect(parseArticle(input, bare)).toEqual(parseArticle(input, {format: 'html'}))
  })

  // [value, description]
  const values: Array<[unknown, string]> = [
    [undefined, 'undefined'],
    [null, 'null'],
    [10n, 'bigint 10n'],
    [{a: 1}, 'an object'],
    [new Uint8Array(1), 'a Uint8Array'],
    [new Error('x'), 'an Error']
  ]
  it.each(values)('describes %o as %s', (value, description) => {
    expect(describeValue(value)).toBe(description)
  })
})
