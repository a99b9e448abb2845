import {describe, expect, it} from 'vitest'
import {isClosingToken} from '../../src/quotes/quote-marks.js'

describe('isClosingToken', () => {
  it.each([
    ['”', true],
    ['"', true],
    ["''", true],
    ['’', true],
    ['“', false],
    ['‘', false],
    [',', false],
    [undefined, false]
  ] as const)('%j → %s', (token, closes) => {
    expect(isClosingToken(token)).toBe(closes)
  })
})
