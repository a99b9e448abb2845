import {describe, expect, it} from 'vitest'
import type {StoryBlock} from '../../src/blocks/html/collect-blocks.js'
import {tidyBlocks} from '../../src/blocks/html/tidy-blocks.js'

const block = (kind: StoryBlock['kind'], text: string): StoryBlock => ({kind, text: {text, start: 0, end: text.length, offsetAt: (index) => index, endAt: (index) => index + 1}})
const prose = (index: number) => block('paragraph', `The ferry to the outer islands ran again on day ${index}, after a week of storms in the bay.`)

describe('tidyBlocks: lines repeated in the story', () => {
  // [case, blocks, texts kept]
  const rows: Array<[string, StoryBlock[], string[]]> = [
    [
      'a short label twice (a chart’s title drawn in two sizes): both dropped',
      [prose(1), block('paragraph', 'Ferry trips per week'), prose(2), block('paragraph', 'Ferry trips per week'), prose(3)],
      [prose(1), prose(2), prose(3)].map((kept) => kept.text.text)
    ],
    [
      'a short sentence twice: both kept',
      [prose(1), block('paragraph', 'And here is the timetable:'), prose(2), block('paragraph', 'And here is the timetable:'), prose(3)],
      [prose(1).text.text, 'And here is the timetable:', prose(2).text.text, 'And here is the timetable:', prose(3).text.text]
    ],
    [
      'a short label three times: dropped, sentence or not',
      [prose(1), block('paragraph', 'Advertisement.'), prose(2), block('paragraph', 'Advertisement.'), prose(3), block('paragraph', 'Advertisement.')],
      [prose(1), prose(2), prose(3)].map((kept) => kept.text.text)
    ],
    ['a short label once: kept', [prose(1), block('paragraph', 'Ferry trips per week'), prose(2)], [prose(1).text.text, 'Ferry trips per week', prose(2).text.text]]
  ]
  it.each(rows)('%s', (_, blocks, expected) => {
    expect(tidyBlocks(blocks).map((kept) => kept.text.text)).toEqual(expected)
  })
})
