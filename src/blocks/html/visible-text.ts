import type {Element, ElementContent} from 'hast'
import {isNeverText} from './tags.js'
import {visibleLength} from './visible-length.js'

/**
 * How many visible characters an element holds, scripts, styles and other
 * never-text elements aside. Walks with an explicit stack (any depth).
 *
 * @example
 *   visibleText(<p>a <b>b</b><script>x</script></p>) // 2
 */
export function visibleText(element: Element): number {
  let count = 0
  const stack: ElementContent[] = [...element.children]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'text') count += visibleLength(node.value)
    else if (node.type === 'element' && !isNeverText(node.tagName)) for (const child of node.children) stack.push(child)
  }
  return count
}
