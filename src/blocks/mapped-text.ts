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
  const ends = createEnds(0)
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
        ends.add(length, 0, true)
        previous = end
        length++
      }
      pendingSpace = undefined
      if (length > 0 && offset < previous) unordered = true
      chars.push(char)
      runs.add(length, offset)
      // The last code unit ends where the character ends; earlier ones (a surrogate pair's first half) one before each.
      for (let unit = 0; unit < char.length; unit++) ends.add(length + unit, after - char.length + 1 - offset, char[unit] === ' ')
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
      const mapped = new Mapped(text, runs.finish(), ends.finish(), length === 0 ? start : undefined, end)
      return unordered ? inSourceOrder(mapped, furthest) : mapped
    }
  }
  return builder
}

/** Runs up to this many are kept in a plain array (a typed array's own objects cost more than a few numbers). */
const smallRuns = 4

/** `[index, value]` pairs in index order, as one array: article-sized texts keep many of these. */
type Pairs = readonly number[] | Int32Array

const noPairs: Pairs = []

function pack(indexes: readonly number[], values: readonly number[]): Pairs {
  const count = indexes.length
  if (count === 0) return noPairs
  const pairs: number[] | Int32Array = count <= smallRuns ? [] : new Int32Array(count * 2)
  for (let entry = 0; entry < count; entry++) {
    pairs[2 * entry] = indexes[entry]!
    pairs[2 * entry + 1] = values[entry]!
  }
  return pairs
}

/** The entry of the last pair whose index is at or before `index` (0 when none is; `pairs` not empty). */
function entryAt(pairs: Pairs, index: number): number {
  let low = 0
  let high = pairs.length / 2 - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (pairs[2 * middle]! <= index) low = middle
    else high = middle - 1
  }
  return low
}

/** The offset of character `index` from runs of consecutive offsets (a pair where each run starts). */
function offsetIn(runs: Pairs, index: number): number {
  if (runs.length === 0) return 0
  const entry = entryAt(runs, index)
  return runs[2 * entry + 1]! + (index - runs[2 * entry]!)
}

/**
 * How far past its offset character `index` of `text` ends: the unusual
 * extents are kept (see {@link createEnds}); otherwise 1, or `spaceExtent`
 * for a space.
 */
function extentIn(extents: Pairs, spaceExtent: number, text: string, index: number): number {
  if (extents.length > 0) {
    const entry = entryAt(extents, index)
    if (extents[2 * entry] === index) return extents[2 * entry + 1]!
  }
  return text.charCodeAt(index) === 32 ? spaceExtent : 1
}

/**
 * A finished text: its offsets as runs and its unusual ends, with methods on
 * the prototype, so that a text costs a few numbers rather than closures
 * (a page has one per paragraph, caption and heading).
 */
class Mapped implements MappedText {
  readonly text: string
  readonly start: number
  readonly end: number
  readonly #length: number
  readonly #runs: Pairs
  readonly #extents: Pairs
  readonly #spaceExtent: number

  /** @param empty The offset of an empty text (`undefined` when it has characters). */
  constructor(text: string, runs: Pairs, ends: {extents: Pairs; spaceExtent: number}, empty: number | undefined, end: number) {
    this.text = text
    this.#length = text.length
    this.#runs = runs
    this.#extents = ends.extents
    this.#spaceExtent = ends.spaceExtent
    this.start = empty ?? offsetIn(runs, 0)
    this.end = empty ?? end
  }

  offsetAt(index: number): number {
    // An empty text is all at one place, whatever index is asked.
    if (index >= this.#length || this.#length === 0) return this.end
    return offsetIn(this.#runs, Math.max(0, index))
  }

  endAt(index: number): number {
    if (index >= this.#length || this.#length === 0) return this.end
    const at = Math.max(0, index)
    return offsetIn(this.#runs, at) + extentIn(this.#extents, this.#spaceExtent, this.text, at)
  }
}

/** Collects `(index, offset)` pairs in index order and keeps only where a run breaks. */
function createRuns(): {add(index: number, offset: number): void; finish(): Pairs} {
  const indexes: number[] = []
  const offsets: number[] = []
  return {
    add(index, offset) {
      const count = indexes.length
      if (count > 0 && offsets[count - 1]! + (index - indexes[count - 1]!) === offset) return
      indexes.push(index)
      offsets.push(offset)
    },
    finish: () => pack(indexes, offsets)
  }
}

/**
 * Collects how far past its offset each code unit ends, keeping only the
 * unusual ones: the usual extent is 1 (a character written as itself), or
 * `spaceExtent` for a space (the builder's collapsed white space sits at one
 * place and has none). A text with no character reference keeps nothing.
 */
function createEnds(spaceExtent: number): {add(index: number, extent: number, space: boolean): void; finish(): {extents: Pairs; spaceExtent: number}} {
  const indexes: number[] = []
  const extents: number[] = []
  return {
    add(index, extent, space) {
      if (extent === (space ? spaceExtent : 1)) return
      indexes.push(index)
      extents.push(extent)
    },
    finish: () => ({extents: pack(indexes, extents), spaceExtent})
  }
}

/**
 * The text with its runs put back in input order. The HTML parser moves some
 * content (a paragraph written inside a table goes before the table), so a
 * text read in tree order can jump back in the input; read in input order,
 * every span of it has its start before its end and slices back to itself.
 * Runs are joined by one space.
 */
function inSourceOrder(source: MappedText, end: number): MappedText {
  const text = source.text
  const runs: Array<[from: number, to: number]> = []
  let from = 0
  let last = -1
  for (let index = 0; index < text.length; index++) {
    if (text[index] === ' ') continue
    if (last >= 0 && source.offsetAt(index) < source.offsetAt(last)) {
      runs.push([from, index])
      from = index
    }
    last = index
  }
  runs.push([from, text.length])
  // Stable: runs that start at the same offset keep their order.
  runs.sort((left, right) => source.offsetAt(firstVisible(text, left[0])) - source.offsetAt(firstVisible(text, right[0])))
  const sortedChars: string[] = []
  const sorted = createRuns()
  const sortedEnds = createEnds(1)
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
      previous = Math.max(previous, source.offsetAt(begin) - 1)
      sortedEnds.add(length, 1, true)
      sorted.add(length++, previous)
    }
    for (let index = begin; index < stop; index++) {
      sortedChars.push(text[index]!)
      previous = source.offsetAt(index)
      sortedEnds.add(length, source.endAt(index) - previous, text[index] === ' ')
      sorted.add(length++, previous)
    }
  }
  return new Mapped(sortedChars.join(''), sorted.finish(), sortedEnds.finish(), length === 0 ? end : undefined, end)
}

function firstVisible(text: string, from: number): number {
  let index = from
  while (index < text.length - 1 && text[index] === ' ') index++
  return index
}
