import type {Element} from 'hast'
import {isBlockLevel, isNeverText} from './tags.js'

/**
 * Whether a block element (a paragraph, a list, a table, a `div`) stands
 * anywhere inside `element`, skipping what is never text (scripts, styles).
 * Walks with an explicit stack, so depth is limited only by memory.
 *
 * @example
 *   hasBlockInside(td) // true for `<td><p>One</p></td>`, false for `<td><b>One</b></td>`
 */
export function hasBlockInside(element: Element): boolean {
  const stack: Element[] = [element]
  while (stack.length > 0) {
    const current = stack.pop()!
    for (const child of current.children) {
      if (child.type !== 'element' || isNeverText(child.tagName)) continue
      if (isBlockLevel(child.tagName)) return true
      stack.push(child)
    }
  }
  return false
}
