import type {Element} from 'hast'
import {createMappedTextBuilder, type MappedText} from '../mapped-text.js'
import {elementText, type SkipElement} from './element-text.js'

/** What stands between two cells of a row read as one line of text. */
export const cellSeparator = ' | '

/**
 * Read a table row as one line of text: each cell's text (see
 * {@link elementText}), empty cells left out, joined by `" | "`
 * (`"Elm | 4 mm | 12 °C"`). Each character keeps its input offset; a
 * separator takes the offset of the cell after it.
 */
export function rowText(input: string, row: Element, skip: SkipElement = () => false): MappedText {
  const builder = createMappedTextBuilder(row.position?.start.offset ?? 0)
  let first = true
  for (const cell of row.children) {
    if (cell.type !== 'element' || (cell.tagName !== 'td' && cell.tagName !== 'th') || skip(cell)) continue
    const text = elementText(input, cell, skip)
    if (!text.text) continue
    if (!first) {
      builder.boundary(text.start)
      builder.push(cellSeparator.trim(), text.start, text.start)
      builder.boundary(text.start)
    }
    first = false
    for (let index = 0; index < text.text.length; index++) {
      const char = text.text.charAt(index)
      const offset = text.offsetAt(index)
      if (char === ' ') builder.boundary(offset)
      else builder.push(char, offset, index + 1 < text.text.length ? Math.max(offset + 1, text.offsetAt(index + 1)) : text.end)
    }
  }
  return builder.finish()
}
