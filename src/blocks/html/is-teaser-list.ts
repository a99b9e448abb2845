import type {Element} from 'hast'
import type {ElementStats} from './score-elements.js'
import {isLinkedAway} from './is-linked-away.js'
import {isNeverText} from './tags.js'

/** The fewest teaser items that make a list. */
const minimumItems = 2
/** The share of a list's element children that are teaser items. */
const minimumItemShare = 2 / 3
/** The most characters outside links an item holds: a lede, not a section of the story. */
const maximumOwnText = 600

const titleTag = /^h[2-6]$/

/**
 * Whether an element is a list of teasers: two or more children of one tag,
 * most of its children, each holding a title that links away (a heading whose
 * text is mostly a link to another page) and at most a short lede. Related
 * stories, "more from" lists and archive cards have this shape on any site
 * and in any language; a section of the story with an anchor heading
 * (`<h2><a href="#part">`) does not, nor does a long section.
 *
 * @example
 *   // <div><div><h4><a href="/a">Title</a></h4><p>Lede…</p></div>
 *   //      <div><h4><a href="/b">Title</a></h4><p>Lede…</p></div></div> → true
 */
export function isTeaserList(element: Element, stats: ReadonlyMap<Element, ElementStats>): boolean {
  const children = element.children.filter((child): child is Element => child.type === 'element' && !isNeverText(child.tagName))
  if (children.length < minimumItems) return false
  const counts = new Map<string, number>()
  for (const child of children) {
    if (!isTeaserItem(child, stats)) continue
    counts.set(child.tagName, (counts.get(child.tagName) ?? 0) + 1)
  }
  let most = 0
  for (const count of counts.values()) if (count > most) most = count
  return most >= minimumItems && most >= minimumItemShare * children.length
}

/** Whether an element holds a title linking away and little text of its own. */
function isTeaserItem(element: Element, stats: ReadonlyMap<Element, ElementStats>): boolean {
  if (titleTag.test(element.tagName) || element.tagName === 'p') return false
  const own = stats.get(element)
  if (!own || own.text - own.link > maximumOwnText) return false
  const stack: Element[] = [element]
  while (stack.length > 0) {
    const current = stack.pop()!
    for (const child of current.children) {
      if (child.type !== 'element' || isNeverText(child.tagName)) continue
      if (titleTag.test(child.tagName)) {
        if (isLinkedAway(child, stats)) return true
        continue
      }
      stack.push(child)
    }
  }
  return false
}
