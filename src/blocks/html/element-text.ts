import type {Element, ElementContent} from 'hast'
import type {SourceText} from '../source-text.js'
import {decodedOffsets} from './decoded-offsets.js'
import {isBlockLevel, isNeverText} from './tags.js'

/** A {@link SourceText} read from markup, with the input span of its characters. */
export interface MappedText extends SourceText {
  /** Input offset of the first character (the element's start when empty). */
  readonly start: number
  /** Input offset after the last character. */
  readonly end: number
}

/** What to leave out while reading an element's text. */
export type SkipElement = (element: Element) => boolean

const space = /\s/

/**
 * Read the text a reader sees in `element`: character references decoded,
 * runs of white space collapsed to one space, trimmed, `<br>` and block
 * boundaries read as a space, `<q>` given the quotation marks browsers draw.
 * Each character keeps the input offset it came from.
 *
 * Runs in one pass over the element's descendants.
 */
export function elementText(input: string, element: Element, skip: SkipElement = () => false): MappedText {
  const chars: string[] = []
  const offsets: number[] = []
  let end = element.position?.start.offset ?? 0
  let pendingSpace: number | undefined

  function push(char: string, offset: number, after: number): void {
    if (pendingSpace !== undefined && chars.length > 0) {
      chars.push(' ')
      offsets.push(pendingSpace)
    }
    pendingSpace = undefined
    chars.push(char)
    offsets.push(offset)
    end = after
  }

  function boundary(offset: number): void {
    if (chars.length > 0 && pendingSpace === undefined) pendingSpace = offset
  }

  function walk(nodes: readonly ElementContent[]): void {
    for (const node of nodes) {
      if (node.type === 'text') {
        const start = node.position?.start.offset
        const stop = node.position?.end.offset
        const map =
          start === undefined || stop === undefined
            ? new Array<number>(node.value.length + 1).fill(end)
            : decodedOffsets(input.slice(start, stop), node.value, start)
        for (let index = 0; index < node.value.length; index++) {
          const char = node.value.charAt(index)
          if (space.test(char)) boundary(map[index]!)
          else push(char, map[index]!, map[index + 1]!)
        }
      } else if (node.type === 'element') {
        if (isNeverText(node.tagName) || skip(node)) continue
        const start = node.position?.start.offset ?? end
        const stop = node.position?.end.offset ?? start
        if (node.tagName === 'br' || node.tagName === 'hr') {
          boundary(start)
        } else if (node.tagName === 'q') {
          push('\u201C', start, start)
          walk(node.children)
          const close = input.slice(stop - 4, stop).toLowerCase() === '</q>' ? stop - 4 : stop
          push('\u201D', close, stop)
        } else if (isBlockLevel(node.tagName)) {
          boundary(start)
          walk(node.children)
          boundary(stop)
        } else {
          walk(node.children)
        }
      }
    }
  }

  walk(element.children)
  const text = chars.join('')
  const start = offsets[0] ?? element.position?.start.offset ?? 0
  if (chars.length === 0) end = start
  return {text, start, end, offsetAt: (index) => (index >= offsets.length ? end : offsets[Math.max(0, index)]!)}
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
  if (length <= 0) return {text: '', start: text.start, end: text.start, offsetAt: () => text.start}
  const kept = text.text.slice(0, length)
  const end = text.offsetAt(length - 1) + 1
  return {text: kept, start: text.start, end, offsetAt: (index) => (index >= length ? end : text.offsetAt(index))}
}
