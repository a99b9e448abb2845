import {describe, expect, it} from 'vitest'
import {joinContinuedLines} from '../../src/blocks/join-continued-lines.js'
import {splitLines} from '../../src/blocks/split-lines.js'

const join = (text: string) => joinContinuedLines(splitLines(text), text).map((line) => line.text)

describe('joinContinuedLines', () => {
  it.each([
    [
      'hard-wrapped paragraphs are joined',
      'The harbour council met on Monday night and voted\nto close the old pier for good.\n\nFishermen said they had expected the decision for\nmonths, but still hoped for a reprieve.\n\nShort last line.',
      [
        'The harbour council met on Monday night and voted\nto close the old pier for good.',
        'Fishermen said they had expected the decision for\nmonths, but still hoped for a reprieve.',
        'Short last line.'
      ]
    ],
    [
      'lines that stop short are not joined',
      'Pier closes\nThe council voted on Monday to close the pier for good.\nFishermen were not surprised.',
      ['Pier closes', 'The council voted on Monday to close the pier for good.', 'Fishermen were not surprised.']
    ],
    [
      'a line ending in an open bracket runs on until it closes',
      'Boats in the harbour (\nImage:\nJane Doe)\nNext line.',
      ['Boats in the harbour (\nImage:\nJane Doe)', 'Next line.']
    ],
    ['a blank line stops a join', 'Boats in the harbour (\n\nImage: Jane Doe)', ['Boats in the harbour (', 'Image: Jane Doe)']]
  ])('%s', (_name, text, expected) => {
    expect(join(text)).toEqual(expected)
  })

  it('keeps offsets that slice back exactly', () => {
    const text = '\uFEFFFirst line of a wrapped paragraph that goes on and\r\non until here.\r\n\r\nSecond paragraph, also wrapped, that runs to the\r\nend of the text.\r\n\r\nLast.'
    for (const line of joinContinuedLines(splitLines(text), text)) expect(text.slice(line.start, line.end)).toBe(line.text)
  })
})
