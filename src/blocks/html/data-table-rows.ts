import type {Element, ElementContent} from 'hast'
import {hasBlockInside} from './has-block-inside.js'
import {isTextBlock} from './score-elements.js'
import {isBlockLevel, isNeverText} from './tags.js'
import {visibleText} from './visible-text.js'

/** The fewest rows a data table has. */
const minimumRows = 2
/** The most visible characters a data table's cell holds in blocks (a value, a label: not a column of the page). */
const maximumCellText = 300

const cellTag = /^t[dh]$/
const sectionTag = /^(?:thead|tbody|tfoot)$/

/**
 * The rows of a data table (`<tr>`s of its head, bodies and foot, in order,
 * nested tables not included), or `undefined` for a table used for layout:
 * one whose cells hold blocks (paragraphs, lists, other tables), one with
 * `role="presentation"`, or one of fewer than two rows.
 *
 * @example
 *   // <table><tr><th>Town</th><th>Rain</th></tr><tr><td>Elm</td><td>4 mm</td></tr></table> → the two <tr>
 *   // <table><tr><td><p>A whole page…</p></td></tr></table> → undefined
 */
export function dataTableRows(table: Element): Element[] | undefined {
  const role = table.properties.role
  if (typeof role === 'string' && /^(?:presentation|none)$/i.test(role)) return undefined
  const rows: Element[] = []
  // Head, bodies and foot in order; a table inside a cell is no row of this one.
  const stack: Array<{element: Element; index: number}> = [{element: table, index: 0}]
  while (stack.length > 0) {
    const frame = stack.at(-1)!
    const child = frame.element.children[frame.index++]
    if (!child) {
      stack.pop()
      continue
    }
    if (child.type !== 'element') continue
    if (child.tagName === 'tr') rows.push(child)
    else if (sectionTag.test(child.tagName)) stack.push({element: child, index: 0})
  }
  if (rows.length < minimumRows) return undefined
  for (const row of rows) {
    for (const cell of row.children) {
      if (cell.type === 'element' && cellTag.test(cell.tagName) && isLayoutCell(cell)) return undefined
    }
  }
  return rows
}

/** Whether a table cell lays out part of a page rather than holding a value (see {@link dataTableRows}). */
function isLayoutCell(cell: Element): boolean {
  if (!hasBlockInside(cell)) return false
  let text = 0
  // The outermost blocks in the cell, each read whole; an explicit stack (any depth).
  const stack: Element[] = [cell]
  while (stack.length > 0) {
    const current = stack.pop()!
    for (const child of current.children) {
      if (child.type !== 'element' || isNeverText(child.tagName)) continue
      if (!isBlockLevel(child.tagName)) {
        stack.push(child)
        continue
      }
      if (!isTextBlock(child)) return true
      text += visibleText(child)
      if (text > maximumCellText) return true
    }
  }
  return false
}

