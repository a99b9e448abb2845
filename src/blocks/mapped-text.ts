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
  /** Mark a word boundary at `offset`: one space if more text follows. */
  boundary(offset: number): void
  /** Add decoded text whose character `index` sits at `map[index]` (`map` has one more entry, the end). */
  add(value: string, map: readonly number[]): void
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
  let pendingSpace: number | undefined

  const builder: MappedTextBuilder = {
    push(char, offset, after) {
      if (pendingSpace !== undefined && chars.length > 0) {
        chars.push(' ')
        offsets.push(pendingSpace)
      }
      pendingSpace = undefined
      chars.push(char)
      offsets.push(offset)
      end = after
    },
    boundary(offset) {
      if (chars.length > 0 && pendingSpace === undefined) pendingSpace = offset
    },
    add(value, map) {
      for (let index = 0; index < value.length; index++) {
        const char = value.charAt(index)
        if (space.test(char)) builder.boundary(map[index]!)
        else builder.push(char, map[index]!, map[index + 1]!)
      }
    },
    get end() {
      return end
    },
    finish() {
      const text = chars.join('')
      const first = offsets[0] ?? start
      const last = chars.length === 0 ? first : end
      return {text, start: first, end: last, offsetAt: (index) => (index >= offsets.length ? last : offsets[Math.max(0, index)]!)}
    }
  }
  return builder
}
