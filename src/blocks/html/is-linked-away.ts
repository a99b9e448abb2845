import type {Element} from 'hast'
import type {ElementStats} from './score-elements.js'

/** The share of a heading's text inside a link that makes it a teaser's title. */
const linkedHeadingShare = 0.5

/**
 * Whether a heading's text is mostly inside links to other pages (not
 * `#anchors` on this one): a teaser's title, where a section heading that
 * links to itself (`<h2 id="cost"><a href="#cost">Cost</a></h2>`) is not.
 *
 * @example
 *   // <h3><a href="/story">Title</a></h3> → true; <h3><a href="#part">Title</a></h3> → false
 */
export function isLinkedAway(heading: Element, stats: ReadonlyMap<Element, ElementStats>): boolean {
  const counts = stats.get(heading)
  if (!counts || counts.text === 0 || counts.link < linkedHeadingShare * counts.text) return false
  const stack: Element[] = [heading]
  while (stack.length > 0) {
    const current = stack.pop()!
    for (const child of current.children) {
      if (child.type !== 'element') continue
      if (child.tagName === 'a') {
        const href = child.properties.href
        if (typeof href === 'string' && href.length > 0 && !href.startsWith('#')) return true
      } else stack.push(child)
    }
  }
  return false
}
