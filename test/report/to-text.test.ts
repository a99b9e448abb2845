import {describe, expect, it} from 'vitest'
import {parseArticle, toText} from '../../src/index.js'
import type {Article, Entity, SpeakerSummary, TextReportOptions} from '../../src/index.js'

// Invented articles only.
const story = `Harbour Bridge Reopens After Long Repairs

By Ana Lowe

“We are proud of the crews,” Mayor Tom Reed told reporters on the quay. “They worked through every winter.”

Residents called the reopening “long overdue” and the Portville Harbour Trust said traffic would ease.

“It cuts my drive in half,” said Lena Park, who runs a bakery near the bridge in Portville.
`

function article(parts: Partial<Article>): Article {
  return {captions: [], sections: [], credits: [], boilerplate: [], quotes: [], speakers: [], entities: [], messages: [], lang: 'en', ...parts}
}

const mention = (text: string) => ({text, position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1 + text.length, offset: text.length}}})
const entity = (name: string, kind: Entity['kind'], mentions = 1): Entity => ({name, kind, mentions: Array.from({length: mentions}, () => mention(name))})
const speaker = (name: string, quotes: number, role?: string): SpeakerSummary => ({name, kind: 'person', aliases: [name], quotes, ...(role ? {role} : {})})

describe('toText', () => {
  it('lists the speakers with their quote counts, kinds and roles', () => {
    const lines = toText(article({speakers: [speaker('Tom Reed', 2, 'the mayor'), speaker('Lena Park', 1)]})).split('\n')
    const at = lines.indexOf('Speakers (2)')
    expect(lines.slice(at, at + 4)).toEqual([
      'Speakers (2)',
      '  speaker   quotes kind         role',
      '  Tom Reed       2 person       the mayor',
      '  Lena Park      1 person'
    ])
  })

  it('lists the entities by kind, with mention counts, wrapped to the width', () => {
    const entities = [entity('Tom Reed', 'person', 3), entity('Portville', 'place'), entity('Harbour Trust', 'organization', 2), entity('Lena Park', 'person')]
    const lines = toText(article({entities}), {width: 40}).split('\n')
    const at = lines.indexOf('Entities (4)')
    expect(lines.slice(at, at + 5)).toEqual([
      'Entities (4)',
      '  People (2)        Tom Reed ×3,',
      '                    Lena Park',
      '  Organizations (1) Harbour Trust ×2',
      '  Places (1)        Portville'
    ])
  })

  it('reports a parsed article’s speakers and entities', () => {
    const report = toText(parseArticle(story))
    expect(report).toMatch(/^ {2}Tom Reed +2 person/m)
    expect(report).toMatch(/^ {2}People \(\d+\) +.*Lena Park/m)
  })

  it('leaves out the sections when there are no speakers or entities', () => {
    const report = toText(article({}))
    expect(report).not.toContain('Speakers')
    expect(report).not.toContain('Entities')
  })

  // Rows of [width given, longest line it may give].
  const widths: Array<[number, number]> = [
    [1e9, 1000],
    [Number.POSITIVE_INFINITY, 1000],
    [10, 60],
    [-5, 60],
    [80.7, 80]
  ]
  it.each(widths)('holds width %d to a usable size', (width, longest) => {
    const long = 'word '.repeat(400)
    const report = toText(article({headline: {text: long, position: mention(long).position}, speakers: [speaker('Tom Reed', 1, long)]}), {width})
    const lines = report.split('\n')
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(longest + 12)
    expect(lines.some((line) => line.endsWith('…'))).toBe(true)
  })

  const mistakes: Array<[string, unknown, RegExp]> = [
    ['a string width', {width: 'wide'}, /`options.width` must be a number, got "wide"/],
    ['a NaN width', {width: Number.NaN}, /`options.width` must be a number/],
    ['options that are not an object', 80, /`options` must be an object, got number 80/],
    ['null options', null, /`options` must be an object, got null/]
  ]
  it.each(mistakes)('throws a TypeError for %s', (_, options, message) => {
    const call = () => toText(article({}), options as TextReportOptions)
    expect(call).toThrow(TypeError)
    expect(call).toThrow(message)
  })
})
