import type {SourceText} from './source-text.js'

/** A {@link SourceText} read from markup, with the input span of its characters. */
export interface MappedText extends SourceText {
  /** Input offset of the first character (the element's start when empty). */
  readonly start: number
  /** Input offset after the last character. */
  readonly end: number
  /**
   * Input offset after the character at `index` (`0 <= index < text.length`):
   * past a whole character reference (`&amp;`, `&NotEqualTilde;`, which
   * decodes to two code units) or a literal, where `offsetAt(index) + 1`
   * would stop inside it.
   */
  endAt(index: number): number
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
 *
 * The offsets are kept as runs (where consecutive characters sit at
 * consecutive offsets, one entry for the whole run), so a paragraph costs a
 * few numbers per entity, tag or collapsed space rather than one per
 * character: the map of a whole 10 MB page stays a few megabytes.
 */
export function createMappedTextBuilder(start: number): MappedTextBuilder {
  const chars: string[] = []
  const runs = createRuns()
  const ends = createEnds()
  let length = 0
  let end = start
  let furthest = start
  let previous = -1
  // Whether a character came from earlier in the input than the one before it (content the HTML parser moved).
  let unordered = false
  let pendingSpace: number | undefined

  const builder: MappedTextBuilder = {
    push(char, offset, after) {
      if (pendingSpace !== undefined && length > 0) {
        // The space sits right after the character before it, so a span that ends before the space ends exactly there
        // (not after trailing white space, a closing tag or a line prefix that stands between).
        chars.push(' ')
        runs.add(length, end)
        ends.add(length, ' ', end, end)
        previous = end
        length++
      }
      pendingSpace = undefined
      if (length > 0 && offset < previous) unordered = true
      chars.push(char)
      runs.add(length, offset)
      // The last code unit ends where the character ends; earlier ones (a surrogate pair's first half) one before each.
      ends.add(length, char, offset, after - char.length + 1)
      previous = offset
      length += char.length
      end = after
      if (after > furthest) furthest = after
    },
    boundary(offset) {
      if (length > 0 && pendingSpace === undefined) pendingSpace = offset
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
      const text = chars.join('')
      if (unordered) return inSourceOrder(text, runs.finish(), ends.finish(), furthest)
      return mappedText(text, runs.finish(), ends.finish(), length, length === 0 ? start : undefined, end)
    }
  }
  return builder
}

/**
 * The finished text: an object of fields, with the look-ups on its class,
 * so a page's thousands of texts hold no closures of their own.
 *
 * @param empty The offset of an empty text (`undefined` when it has characters).
 */
function mappedText(text: string, map: Runs, ends: Ends, length: number, empty: number | undefined, end: number): MappedText {
  return new Mapped(text, empty ?? offsetIn(map, 0), empty ?? end, length, map, ends)
}

class Mapped implements MappedText {
  readonly text: string
  readonly start: number
  readonly end: number
  readonly #length: number
  readonly #map: Runs
  readonly #ends: Ends

  constructor(text: string, start: number, end: number, length: number, map: Runs, ends: Ends) {
    this.text = text
    this.start = start
    this.end = end
    this.#length = length
    this.#map = map
    this.#ends = ends
  }

  offsetAt(index: number): number {
    return index >= this.#length ? this.end : offsetIn(this.#map, Math.max(0, index))
  }

  endAt(index: number): number {
    return index >= this.#length ? this.end : endOf(this.text, this.#map, this.#ends, Math.max(0, index))
  }
}

/** Where character `index` ends: one past its offset (none for a space), moved by what `ends` records there. */
function endOf(text: string, map: Runs, ends: Ends, index: number): number {
  return offsetIn(map, index) + (text.charCodeAt(index) === 32 ? 0 : 1) + shiftIn(ends, index)
}

/**
 * Offsets of a text's characters, as runs of consecutive offsets: `[index,
 * offset]` pairs, one where each run starts. A plain array of small integers:
 * a page holds one per block, and a typed array costs some 200 bytes before
 * its first entry.
 */
type Runs = readonly number[]

/** Collects `(index, offset)` pairs in index order and keeps only where a run breaks. */
function createRuns(): {add(index: number, offset: number): void; finish(): Runs} {
  const pairs: number[] = []
  return {
    add(index, offset) {
      const count = pairs.length
      if (count > 0 && pairs[count - 1]! + (index - pairs[count - 2]!) === offset) return
      pairs.push(index, offset)
    },
    // An exact-size copy: a grown array keeps spare room.
    finish: () => pairs.slice()
  }
}

/** The offset of character `index` (`0 <= index < length`). */
function offsetIn(pairs: Runs, index: number): number {
  if (pairs.length === 0) return 0
  const at = lastPairAtOrBefore(pairs, index)
  return pairs[at + 1]! + (index - pairs[at]!)
}

/** Where, in `[index, value]` pairs sorted by index, the last pair starting at or before `index` is (0 when none does). */
function lastPairAtOrBefore(pairs: readonly number[], index: number): number {
  let low = 0
  let high = pairs.length / 2 - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (pairs[2 * middle]! <= index) low = middle
    else high = middle - 1
  }
  return 2 * low
}

/**
 * Where each character ends, against the rule that a character ends one past
 * its offset and a collapsed space where it starts: only the shifts from that
 * rule are kept (past a whole character reference), as `[index, shift]` pairs
 * where the shift changes (0 before the first), so prose costs no entry per word.
 */
type Ends = readonly number[]

/** Collects each character's end in index order and keeps only where its shift from the rule changes. */
function createEnds(): {add(index: number, char: string, offset: number, end: number): void; finish(): Ends} {
  const pairs: number[] = []
  let shift = 0
  return {
    add(index, char, offset, end) {
      const next = end - offset - (char.charCodeAt(0) === 32 ? 0 : 1)
      if (next === shift) return
      shift = next
      pairs.push(index, next)
    },
    finish: () => pairs.slice()
  }
}

/** How far character `index` ends from the rule. */
function shiftIn(pairs: Ends, index: number): number {
  if (pairs.length === 0 || pairs[0]! > index) return 0
  return pairs[lastPairAtOrBefore(pairs, index) + 1]!
}

/**
 * The text with its runs put back in input order. The HTML parser moves some
 * content (a paragraph written inside a table goes before the table), so a
 * text read in tree order can jump back in the input; read in input order,
 * every span of it has its start before its end and slices back to itself.
 * Runs are joined by one space.
 */
function inSourceOrder(text: string, map: Runs, ends: Ends, end: number): MappedText {
  const runs: Array<[from: number, to: number]> = []
  let from = 0
  let last = -1
  for (let index = 0; index < text.length; index++) {
    if (text[index] === ' ') continue
    if (last >= 0 && offsetIn(map, index) < offsetIn(map, last)) {
      runs.push([from, index])
      from = index
    }
    last = index
  }
  runs.push([from, text.length])
  // Stable: runs that start at the same offset keep their order.
  runs.sort((left, right) => offsetIn(map, firstVisible(text, left[0])) - offsetIn(map, firstVisible(text, right[0])))
  const sortedChars: string[] = []
  const sorted = createRuns()
  const sortedEnds = createEnds()
  let length = 0
  let previous = 0
  for (const [runFrom, runTo] of runs) {
    let begin = runFrom
    let stop = runTo
    while (begin < stop && text[begin] === ' ') begin++
    while (stop > begin && text[stop - 1] === ' ') stop--
    if (begin === stop) continue
    if (length > 0) {
      sortedChars.push(' ')
      previous = Math.max(previous, offsetIn(map, begin) - 1)
      sortedEnds.add(length, ' ', previous, previous + 1)
      sorted.add(length++, previous)
    }
    for (let index = begin; index < stop; index++) {
      sortedChars.push(text[index]!)
      previous = offsetIn(map, index)
      sortedEnds.add(length, text[index]!, previous, endOf(text, map, ends, index))
      sorted.add(length++, previous)
    }
  }
  return mappedText(sortedChars.join(''), sorted.finish(), sortedEnds.finish(), length, length === 0 ? end : undefined, end)
}

function firstVisible(text: string, from: number): number {
  let index = from
  while (index < text.length - 1 && text[index] === ' ') index++
  return index
}
