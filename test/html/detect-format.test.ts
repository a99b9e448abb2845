import {describe, expect, it} from 'vitest'
import {detectFormat} from '../../src/blocks/detect-format.js'

const rows: Array<[string, 'text' | 'html' | 'markdown']> = [
  ['<!DOCTYPE html><html><head><title>Hi</title></head><body><p>Hello.</p></body></html>', 'html'],
  ['  \n<html lang="en"><body></body></html>', 'html'],
  ['<article><h1>Storm hits coast</h1><p>Rain fell.</p></article>', 'html'],
  ['Storm hits coast\n\nRain fell all night. <b>Bold</b> text </p> and </div> and </span>.', 'html'],
  // One leading `# ` is not enough: plain paragraphs read the same as text, and the default should not bet on it.
  ['# Storm hits coast\n\nRain fell all night.', 'text'],
  ['# Storm hits coast\n\n*Rain fell all night.*\n\nThe mayor spoke.', 'markdown'],
  ['# Storm hits coast\n\nRain fell, the [mayor](https://example.org) said.', 'markdown'],
  ['# Storm hits coast\n\n## Damage\n\nRoads closed.', 'markdown'],
  ['# Storm hits coast\n\nRain fell all night; 5 * 6 is 30 and a_b is a name.', 'text'],
  ['Intro line\n\n## Section\n\n![A flooded road](road.jpg)\n\nSee [the report](https://example.org).', 'markdown'],
  ['Storm hits coast\n\nRain fell all night, the mayor said.', 'text'],
  ['Storm hits coast\n\n- one\n- two\n\nA price of 5 < 6 is fine.', 'text'],
  ['#1 team wins again\n\nThe club won.', 'text'],
  ['', 'text']
]

describe('detectFormat', () => {
  it.each(rows)('%j → %s', (input, expected) => {
    expect(detectFormat(input)).toBe(expected)
  })
})
