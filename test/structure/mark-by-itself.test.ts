import {describe, expect, it} from 'vitest'
import type {Unit} from '../../src/blocks/group-repeats.js'
import {markByItself} from '../../src/structure/mark-by-itself.js'

/** A unit printed `times` times in a row. */
function unit(text: string, times = 1): Unit {
  const occurrences = Array.from({length: times}, (_, at) => [at * (text.length + 1), at * (text.length + 1) + text.length] as const)
  return {text, start: 0, end: text.length, blankBefore: true, occurrences}
}

describe('markByItself', () => {
  it.each([
    ['Advertisement', 1, 'boilerplate'],
    ['Photo: Jane Doe/Wire Service', 1, 'boilerplate'],
    ['A crane lifts a container at the new port on a grey morning.', 2, 'caption'],
    ['Harbour', 2, undefined],
    ['The council met on Tuesday and agreed to widen the harbour road before the winter.', 1, undefined]
  ] as const)('%j printed %i time(s) → %s', (text, times, mark) => {
    expect(markByItself(unit(text, times))).toBe(mark)
  })
})
