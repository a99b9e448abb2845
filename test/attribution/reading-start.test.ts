import {describe, expect, it} from 'vitest'
import {readingStart} from '../../src/attribution/reading-start.js'
import type {SpeakerReading} from '../../src/attribution/read-speaker.js'

describe('readingStart', () => {
  it.each<[string, SpeakerReading, number]>([
    ['a mention alone', {mention: {first: 3, last: 5}}, 3],
    ['a role before the mention ("the mayor, Ana Lee")', {mention: {first: 4, last: 6}, role: {first: 0, last: 3}}, 0],
    ['a role after the mention ("Ana Lee, the mayor")', {mention: {first: 2, last: 4}, role: {first: 5, last: 7}}, 2]
  ])('%s', (_name, reading, expected) => {
    expect(readingStart(reading)).toBe(expected)
  })
})
