import type {SourceText} from './source-text.js'

/** A {@link SourceText} read from markup, with the input span of its characters. */
export interface MappedText extends SourceText {
  /** Input offset of the first character (the element's start when empty). */
  readonly start: number
  /** Input offset after the last character. */
  readonly end: number
}

/** Collects decoded characters with their input offsets; white space is collapsed and trimmed. */
export interface MappedTextBuilder {
  /** Add one visible character that sits at `offset` in the input and ends before `after`. */
  push(char: string, offset: number, after: number): void
  /** Mark a word boundary (white space, `<br>`, a block's edge at `offset`): one space if more text follows. */
  boundary(offset: number): void
  /**
   * Add decoded text whose character `index` sits at `map[index]` (`map` has
   * one more entry, the end) and ends before `ends[index]` (by default where
   * the next one starts).
   */
  add(value: string, map: readonly number[], ends?: readonly number[]): void
  /** The input offset after the last character added so far (or the start given). */
  readonly end: number
  /** The text, with `start` used when nothing was added. */
  finish(): MappedText
}

const space = /\s/

/**
 * Make a {@link MappedTextBuilder} starting at input offset `start`. Shared by
 * the HTML and Markdown readers: both decode inline content into a text whose
 * every character keeps the offset it came from.
 */
export function createMappedTextBuilder(start: number): MappedTextBuilder {
  const chars: string[] = []
  const offsets: number[] = []
  let end = start
  let furthest = start
  // Whether a character came from earlier in the input than the one before it (content the HTML parser moved).
  let unordered = false
  let pendingSpace: number | undefined

  const builder: MappedTextBuilder = {
    push(char, offset, after) {
      if (pendingSpace !== undefined && chars.length > 0) {
        // The space sits right after the character before it, so a span that ends before the space ends exactly there
        // (not after trailing white space, a closing tag or a line prefix that stands between).
        chars.push(' ')
        offsets.push(end)
      }
      pendingSpace = undefined
      if (chars.length > 0 && offset < offsets.at(-1)!) unordered = true
      chars.push(char)
      offsets.push(offset)
      end = after
      if (after > furthest) furthest = after
    },
    boundary(offset) {
      if (chars.length > 0 && pendingSpace === undefined) pendingSpace = offset
    },
    add(value, map, ends = undefined) {
      for (let index = 0; index < value.length; index++) {
        const char = value.charAt(index)
        if (space.test(char)) builder.boundary(map[index]!)
        else builder.push(char, map[index]!, (ends ?? map)[ends ? index : index + 1]!)
      }
    },
    get end() {
      return end
    },
    finish() {
      if (unordered) return inSourceOrder(chars, offsets, furthest)
      const text = chars.join('')
      const first = offsets[0] ?? start
      const last = chars.length === 0 ? first : end
      return {text, start: first, end: last, offsetAt: (index) => (index >= offsets.length ? last : offsets[Math.max(0, index)]!)}
    }
  }
  return builder
}

/**
 * The text with its runs put back in input order. The HTML parser moves some
 * content (a paragraph written inside a table goes before the table), so a
 * text read in tree order can jump back in the input; read in input order,
 * every span of it has its start before its end and slices back to itself.
 * Runs are joined by one space.
 */
function inSourceOrder(chars: readonly string[], offsets: readonly number[], end: number): MappedText {
  const runs: Array<[from: number, to: number]> = []
  let from = 0
  let last = -1
  for (let index = 0; index < chars.length; index++) {
    if (chars[index] === ' ') continue
    if (last >= 0 && offsets[index]! < offsets[last]!) {
      runs.push([from, index])
      from = index
    }
    last = index
  }
  runs.push([from, chars.length])
  // Stable: runs that start at the same offset keep their order.
  runs.sort((left, right) => offsets[firstVisible(chars, left[0])]! - offsets[firstVisible(chars, right[0])]!)
  const sortedChars: string[] = []
  const sortedOffsets: number[] = []
  for (const [runFrom, runTo] of runs) {
    let begin = runFrom
    let stop = runTo
    while (begin < stop && chars[begin] === ' ') begin++
    while (stop > begin && chars[stop - 1] === ' ') stop--
    if (begin === stop) continue
    if (sortedChars.length > 0) {
      sortedChars.push(' ')
      sortedOffsets.push(Math.max(sortedOffsets.at(-1)!, offsets[begin]! - 1))
    }
    for (let index = begin; index < stop; index++) {
      sortedChars.push(chars[index]!)
      sortedOffsets.push(offsets[index]!)
    }
  }
  const text = sortedChars.join('')
  const first = sortedOffsets[0] ?? end
  return {text, start: first, end, offsetAt: (index) => (index >= sortedOffsets.length ? end : sortedOffsets[Math.max(0, index)]!)}
}

function firstVisible(chars: readonly string[], from: number): number {
  let index = from
  while (index < chars.length - 1 && chars[index] === ' ') index++
  return index
}
