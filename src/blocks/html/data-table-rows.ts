import type {Element} from 'hast'
import {hasBlockInside} from './has-block-inside.js'

/** The fewest rows a data table has. */
const minimumRows = 2

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
      if (cell.type === 'element' && cellTag.test(cell.tagName) && hasBlockInside(cell)) return undefined
    }
  }
  return rows
}
