import {describe, expect, it} from 'vitest'
import type {StoryBlock} from '../../src/blocks/html/collect-blocks.js'
import {firstProseBlock} from '../../src/blocks/html/first-prose-block.js'
import type {MappedText} from '../../src/blocks/mapped-text.js'

const block = (kind: StoryBlock['kind'], text: string): StoryBlock => {
  const mapped: MappedText = {text, start: 0, end: text.length, offsetAt: (index) => index, endAt: (index) => index + 1}
  return {kind, text: mapped}
}
const prose = 'Ferries ran again on Sunday after a week of storms kept them in port.'

// [case, blocks, the text of the block found]
const rows: Array<[string, StoryBlock[], string | undefined]> = [
  ['short lines before the prose', [block('paragraph', 'Text size'), block('paragraph', 'By Jane Doe, Harbour News'), block('paragraph', prose)], prose],
  ['prose first', [block('paragraph', prose), block('paragraph', 'By Jane Doe')], prose],
  ['a heading is no paragraph', [block('heading', 'The storm in numbers, day by day, across the whole of the coast and the islands.'), block('paragraph', prose)], prose],
  ['a long line without a full stop is prose', [block('paragraph', 'Share'), block('paragraph', 'word '.repeat(30).trim())], 'word '.repeat(30).trim()],
  ['no prose: the first paragraph', [block('caption', 'The quay.'), block('paragraph', 'Text size'), block('paragraph', 'By Jane Doe')], 'Text size'],
  ['no paragraph', [block('heading', 'Storms')], undefined]
]

describe('firstProseBlock', () => {
  it.each(rows)('%s', (_case, blocks, expected) => {
    expect(firstProseBlock(blocks)?.text.text).toBe(expected)
  })
})
