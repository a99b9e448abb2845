import type {Element, ElementContent} from 'hast'
import {createMappedTextBuilder, type MappedText, type MappedTextBuilder} from '../mapped-text.js'
import {decodedOffsets} from './decoded-offsets.js'
import {isBlockLevel, isNeverText} from './tags.js'

/** What to leave out while reading an element's text. */
export type SkipElement = (element: Element) => boolean

/**
 * Read the text a reader sees in `element`: character references decoded,
 * runs of white space collapsed to one space, trimmed, `<br>` and block
 * boundaries read as a space, `<q>` given the quotation marks browsers draw.
 * Each character keeps the input offset it came from.
 *
 * Runs in one pass over the element's descendants, with an explicit stack,
 * so any depth of nesting is read.
 */
export function elementText(input: string, element: Element, skip: SkipElement = () => false): MappedText {
  const builder = createMappedTextBuilder(element.position?.start.offset ?? 0)
  // Depth first with an explicit stack (any nesting depth); a frame closes its element once its children are read.
  const stack: Frame[] = [{nodes: element.children, index: 0, close: undefined, stop: 0}]
  while (stack.length > 0) {
    const frame = stack.at(-1)!
    const node = frame.nodes[frame.index++]
    if (!node) {
      stack.pop()
      if (frame.close) closeElement(input, builder, frame.close, frame.stop)
      continue
    }
    if (node.type === 'text') {
      const start = node.position?.start.offset
      const stop = node.position?.end.offset
      builder.add(
        node.value,
        start === undefined || stop === undefined
          ? new Array<number>(node.value.length + 1).fill(builder.end)
          : decodedOffsets(input.slice(start, stop), node.value, start)
      )
    } else if (node.type === 'element') {
      if (isNeverText(node.tagName) || skip(node)) continue
      const start = node.position?.start.offset ?? builder.end
      const stop = node.position?.end.offset ?? start
      if (node.tagName === 'br' || node.tagName === 'hr') {
        builder.boundary(start)
        continue
      }
      if (node.tagName === 'q') builder.push('\u201C', start, start)
      else if (isBlockLevel(node.tagName)) builder.boundary(start)
      stack.push({nodes: node.children, index: 0, close: node.tagName === 'q' || isBlockLevel(node.tagName) ? node.tagName : undefined, stop})
    }
  }
  return builder.finish()
}

/** One element's children being read, and what closes the element after them (a `<q>` or a block, ending at `stop`). */
interface Frame {
  readonly nodes: readonly ElementContent[]
  index: number
  readonly close: string | undefined
  readonly stop: number
}

/** What ends an element's text: a `<q>`'s closing quotation mark, a block's boundary. */
function closeElement(input: string, builder: MappedTextBuilder, tagName: string, stop: number): void {
  if (tagName === 'q') {
    const close = input.slice(stop - 4, stop).toLowerCase() === '</q>' ? stop - 4 : stop
    builder.push('\u201D', close, stop)
  } else builder.boundary(stop)
}

/**
 * Cut characters matching `mark` (one character at a time) off the end of a
 * text, keeping its offsets (`"By Jane Doe ·"` → `"By Jane Doe"`). Linear.
 */
export function trimEnd(text: MappedText, mark: RegExp): MappedText {
  let length = text.text.length
  while (length > 0 && mark.test(text.text.charAt(length - 1))) length--
  return sliceMapped(text, length)
}

/** The first `length` characters of a text, with their offsets. */
export function sliceMapped(text: MappedText, length: number): MappedText {
  if (length >= text.text.length) return text
  if (length <= 0) return {text: '', start: text.start, end: text.start, offsetAt: () => text.start, endAt: () => text.start}
  const kept = text.text.slice(0, length)
  // Where the last kept character ends: past the whole reference it was decoded from.
  const end = text.endAt(length - 1)
  return {
    text: kept,
    start: text.start,
    end,
    offsetAt: (index) => (index >= length ? end : text.offsetAt(index)),
    endAt: (index) => (index >= length - 1 ? end : text.endAt(index))
  }
}
