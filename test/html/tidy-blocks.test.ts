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

describe('tidyBlocks: photo-credit lines', () => {
  const photo = (text: string): StoryBlock => ({...block('paragraph', text), afterImage: true})
  // [case, blocks, kept as kind: text (credit)]
  const rows: Array<[string, StoryBlock[], string[]]> = [
    ['a line under a photo, then its credit after a colon', [photo('The quay at dawn.'), block('paragraph', 'Image: Jane Doe'), prose(1)], ['caption: The quay at dawn. (Jane Doe)', `paragraph: ${prose(1).text.text}`]],
    ['a line under a photo, then "Image copyright …"', [photo('The quay at dawn.'), block('paragraph', 'Image copyright Getty Images'), prose(1)], ['caption: The quay at dawn. (Getty Images)', `paragraph: ${prose(1).text.text}`]],
    ['"Image source, …" alone is dropped', [photo('Image source, Reuters'), prose(1)], [`paragraph: ${prose(1).text.text}`]],
    ['"Photo credit …" alone is dropped', [block('paragraph', 'Photo credit Jane Doe/Island Courier'), prose(1)], [`paragraph: ${prose(1).text.text}`]],
    [
      'a sentence that starts with the words is kept',
      [block('paragraph', 'Image copyright is a thorny matter for small papers.'), prose(1)],
      ['paragraph: Image copyright is a thorny matter for small papers.', `paragraph: ${prose(1).text.text}`]
    ],
    ['"Photos show …" is no credit', [block('paragraph', 'Photos show the quay'), prose(1)], ['paragraph: Photos show the quay', `paragraph: ${prose(1).text.text}`]]
  ]
  it.each(rows)('%s', (_, blocks, expected) => {
    expect(tidyBlocks(blocks).map((kept) => `${kept.kind}: ${kept.text.text}${kept.credit ? ` (${kept.credit})` : ''}`)).toEqual(expected)
  })
})
