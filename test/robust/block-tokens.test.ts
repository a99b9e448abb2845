import {describe, expect, it} from 'vitest'
import {blockTokens} from '../../src/attribution/block-tokens.js'
import {tokenize} from '../../src/attribution/tokenize.js'
import {sliceSource} from '../../src/blocks/source-text.js'

const blocks = ['Ana Lowe spoke.', '“We stay,” said Sen. Ray Marsh.', '', 'Port Aldin’s mayor left.'].map((text, index) => sliceSource(text, index * 100))

describe('blockTokens', () => {
  it.each([0, 1, 2, 3])('gives block %i the tokens tokenize gives its text', (index) => {
    expect(blockTokens(blocks)(index)).toEqual(tokenize(blocks[index]!.text))
  })

  it('keeps the last block asked only: asking it again gives the same array, another block a new one', () => {
    const tokensOf = blockTokens(blocks)
    const first = tokensOf(1)
    expect(tokensOf(1)).toBe(first)
    const other = tokensOf(3)
    expect(other).not.toBe(first)
    // Block 1 again: made anew, equal to what it was.
    const again = tokensOf(1)
    expect(again).not.toBe(first)
    expect(again).toEqual(first)
  })

  it.each([-1, 4, 1.5])('gives no tokens for index %s, which names no block', (index) => {
    expect(blockTokens(blocks)(index)).toEqual([])
  })
})
