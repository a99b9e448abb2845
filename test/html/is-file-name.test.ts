import {describe, expect, it} from 'vitest'
import {isFileName} from '../../src/blocks/html/is-file-name.js'

// [text, whether it is only an image's file name]
const rows: Array<[string, boolean]> = [
  ['harbour-1160x768.jpg', true],
  ['IMG_2041.JPEG', true],
  [' orchard_map.png ', true],
  ['chart.svg', true],
  ['港口-夜景.webp', true],
  ['report.pdf', false],
  ['orchard.example.com', false],
  ['The harbour at night.jpg', false],
  ['images/harbour.jpg', false],
  ['Pickers rest under the oldest tree.', false]
]

describe('isFileName', () => {
  it.each(rows)('%j → %s', (text, expected) => {
    expect(isFileName(text)).toBe(expected)
  })
})
