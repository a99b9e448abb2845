import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {createMappedTextBuilder} from '../../src/blocks/mapped-text.js'

// The builder keeps offsets and ends compressed (runs, and only unusual ends);
// a naive model keeps one offset and one end per code unit. Both must answer
// the same for every index, whatever is pushed.
type Step = {push: string; gap: number; extent: number} | {boundary: number}

/** The naive model of a builder: every code unit's offset and end, in arrays. */
function naive(start: number, steps: readonly Step[], base: number) {
  let text = ''
  const offsets: number[] = []
  const ends: number[] = []
  let end = start
  let pending: number | undefined
  let at = base
  for (const step of steps) {
    if ('boundary' in step) {
      at += step.boundary
      if (text.length > 0 && pending === undefined) pending = at
      continue
    }
    at += step.gap
    const offset = at
    const after = offset + step.extent
    if (pending !== undefined && text.length > 0) {
      text += ' '
      offsets.push(end)
      ends.push(end)
    }
    pending = undefined
    for (let unit = 0; unit < step.push.length; unit++) {
      offsets.push(offset + unit)
      ends.push(after - step.push.length + 1 + unit)
    }
    text += step.push
    end = after
    at = after
  }
  const length = text.length
  const last = length === 0 ? start : end
  const answer = (list: readonly number[]) => (index: number) => (index >= length || length === 0 ? last : list[Math.max(0, index)]!)
  return {text, offsetAt: answer(offsets), endAt: answer(ends)}
}

function built(start: number, steps: readonly Step[], base: number) {
  const builder = createMappedTextBuilder(start)
  let at = base
  for (const step of steps) {
    if ('boundary' in step) {
      at += step.boundary
      builder.boundary(at)
      continue
    }
    at += step.gap
    builder.push(step.push, at, at + step.extent)
    at += step.extent
  }
  return builder.finish()
}

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({push: fc.constantFrom('a', 'B', '’', '“', '🕊', '≂̸', '-', ' '), gap: fc.constantFrom(0, 0, 0, 1, 3), extent: fc.constantFrom(1, 1, 1, 2, 5, 0)}),
  fc.record({boundary: fc.constantFrom(0, 1, 2)})
)

describe('createMappedTextBuilder against a per-character model', () => {
  it('gives every index the offset and end the model gives', () => {
    fc.assert(
      fc.property(fc.array(step, {maxLength: 60}), fc.nat(50), (steps, base) => {
        const actual = built(7, steps, base)
        const expected = naive(7, steps, base)
        expect(actual.text).toBe(expected.text)
        for (let index = -1; index <= expected.text.length + 1; index++) {
          expect([index, actual.offsetAt(index)]).toEqual([index, expected.offsetAt(index)])
          expect([index, actual.endAt(index)]).toEqual([index, expected.endAt(index)])
        }
      }),
      {numRuns: 400}
    )
  })

  // [case, steps]: shapes the compression treats apart (one run, a run per word, references, a pushed space).
  const rows: Array<[string, Step[]]> = [
    ['one word', [{push: 'a', gap: 0, extent: 1}, {push: 'b', gap: 0, extent: 1}]],
    ['words joined by collapsed spaces', [{push: 'a', gap: 0, extent: 1}, {boundary: 2}, {push: 'b', gap: 0, extent: 1}, {boundary: 1}, {push: 'c', gap: 0, extent: 1}]],
    ['a reference decoding to two units', [{push: 'x', gap: 0, extent: 1}, {push: '≂̸', gap: 0, extent: 15}, {push: 'y', gap: 0, extent: 1}]],
    ['a space pushed as a character', [{push: 'a', gap: 0, extent: 1}, {push: ' ', gap: 0, extent: 1}, {push: 'b', gap: 0, extent: 1}]],
    ['a mark standing for nothing written', [{push: '“', gap: 0, extent: 0}, {push: 'a', gap: 0, extent: 1}]],
    ['nothing', []]
  ]
  it.each(rows)('%s', (_, steps) => {
    const actual = built(3, steps, 10)
    const expected = naive(3, steps, 10)
    expect(actual.text).toBe(expected.text)
    for (let index = -1; index <= expected.text.length + 1; index++) {
      expect([actual.offsetAt(index), actual.endAt(index)]).toEqual([expected.offsetAt(index), expected.endAt(index)])
    }
  })
})
