import {describe, expect, it} from 'vitest'
import {blockTokens} from '../../src/attribution/block-tokens.js'
import {tokenize} from '../../src/attribution/tokenize.js'
import {sliceSource} from '../../src/blocks/source-text.js'

const blocks = ['Ana Lowe spoke.', '“We stay,” said Sen. Ray Marsh.', '', 'Port Aldin’s mayor left.'].map((text, index) => sliceSource(text, index * 100))

describe('blockTokens', () => {
  it.each([0, 1, 2, 3])('gives block %i the tokens tokenize gives its text', (index) => {
    expect(blockTokens(blocks)(index)).toEqual(tokenize(blocks[index]!.text))
  })

  it('keeps every block’s tokens for a text of up to 100,000 characters: asked again, a block gives the same array', () => {
    const tokensOf = blockTokens(blocks)
    const first = tokensOf(1)
    const other = tokensOf(3)
    expect(other).not.toBe(first)
    expect(tokensOf(1)).toBe(first)
    expect(tokensOf(3)).toBe(other)
  })

  // A longer text: 1,001 blocks of 100 characters.
  const long = Array.from({length: 1001}, (_, index) => sliceSource(`Block ${String(index).padStart(4, '0')} ${'word '.repeat(18)}`.slice(0, 100), index * 100))

  it('keeps the last block asked only for a longer text: asking it again gives the same array, another block a new one', () => {
    expect(long.reduce((sum, block) => sum + block.text.length, 0)).toBeGreaterThan(100_000)
    const tokensOf = blockTokens(long)
    const first = tokensOf(1)
    expect(tokensOf(1)).toBe(first)
    const other = tokensOf(3)
    expect(other).not.toBe(first)
    expect(other).toEqual(tokenize(long[3]!.text))
    // Block 1 again: made anew, equal to what it was.
    const again = tokensOf(1)
    expect(again).not.toBe(first)
    expect(again).toEqual(first)
  })

  it.each([-1, 4, 1.5])('gives no tokens for index %s, which names no block', (index) => {
    expect(blockTokens(blocks)(index)).toEqual([])
  })
})
