import type {Element, Nodes, Root} from 'hast'
import type {MappedText} from '../mapped-text.js'
import {elementText} from './element-text.js'
import type {MetaValue} from './read-metadata.js'
import {isFurnitureTag} from './tags.js'
import {createTitleIndex, type TitleIndex} from './title-index.js'
import {isVisuallyHidden} from './visually-hidden.js'

/** The headline found in a page. */
export interface FoundHeadline {
  /** The text; from an `<h1>`, or the metadata value when no `<h1>` names the story. */
  readonly text: string
  /** Input span of the text (of the metadata element when read from metadata). */
  readonly start: number
  /** End of that span. */
  readonly end: number
  /** The `<h1>` the headline was read from. */
  readonly element?: Element
  /** The text with offsets, when read from an `<h1>`. */
  readonly mapped?: MappedText
}

/** How alike an `<h1>` and the page's stated title must be to count as the same headline. */
const sameTitle = 0.6

/**
 * Find the headline: the `<h1>` that the page's metadata (JSON-LD `headline`,
 * `og:title`, `<title>`) agrees with; failing that, an `<h2>` or `<h3>` that it
 * agrees with (the `<h1>` names the site); failing that, the last `<h1>` before
 * the story, or the first inside it; failing that, the metadata title itself.
 * Headings hidden for screen readers only are passed over.
 */
export function findHeadline(input: string, tree: Root, titles: readonly MetaValue[], storyStart: number, storyEnd: number): FoundHeadline | undefined {
  const headings: MappedText[] = []
  const elements: Element[] = []
  const subheadings: Element[] = []
  // Depth first, in document order, with an explicit stack (any nesting depth).
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'element') {
      if (isFurnitureTag(node.tagName) || node.tagName === 'head' || isVisuallyHidden(node)) continue
      if (node.tagName === 'h1') {
        const text = elementText(input, node)
        if (text.text) {
          headings.push(text)
          elements.push(node)
        }
        continue
      }
      if (node.tagName === 'h2' || node.tagName === 'h3') {
        subheadings.push(node)
        continue
      }
    }
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
  }

  // Each title's words are read once; each heading is compared through its own words.
  const index = createTitleIndex(titles.map((title) => title.value))
  const scores = headings.map((heading) => index.best(heading.text))
  let top = 0
  for (const score of scores) if (score > top) top = score
  let best = -1
  if (top >= sameTitle) {
    // Between equals, the last one before the story (a page may repeat its headline in a menu bar).
    const equals = headings.map((_, at) => at).filter((at) => scores[at]! >= top - 0.05)
    best = equals.findLast((at) => headings[at]!.start < storyStart) ?? equals[0]!
  } else {
    // No <h1> says what the page's titles say (it names the site or the section): an <h2> or <h3> that does is the headline.
    const stated = index.size > 0 ? findStatedSubheading(input, subheadings, index) : undefined
    if (stated) return {text: stated.text.text, start: stated.text.start, end: stated.text.end, element: stated.element, mapped: stated.text}
    best = headings.findLastIndex((heading) => heading.start < storyStart)
    if (best < 0) best = headings.findIndex((heading) => heading.start >= storyStart && heading.start < storyEnd)
    if (best < 0 && titles.length === 0) best = 0
  }
  const heading = headings[best]
  if (heading) return {text: heading.text, start: heading.start, end: heading.end, element: elements[best]!, mapped: heading}

  const title = titles[0]
  if (!title) return undefined
  const text = stripSiteName(title.value, titles)
  return {text, start: title.element.position?.start.offset ?? 0, end: title.element.position?.end.offset ?? 0}
}

/** The first `<h2>` or `<h3>` that is as alike the page's titles as the best one, when that is alike enough to be the same headline. */
function findStatedSubheading(input: string, subheadings: readonly Element[], titles: TitleIndex): {text: MappedText; element: Element} | undefined {
  let found: {text: MappedText; element: Element} | undefined
  let top = sameTitle
  for (const element of subheadings) {
    const text = elementText(input, element)
    if (!text.text || text.text.length > 300) continue
    const score = titles.best(text.text)
    if (score > top + 0.05 || (!found && score >= top)) {
      found = {text, element}
      top = Math.max(top, score)
    }
  }
  return found
}

/** `"Story title | Site"` → `"Story title"`, when another title or the part lengths say the tail is the site's name. */
function stripSiteName(value: string, titles: readonly MetaValue[]): string {
  const parts = value.replace(/\s+/g, ' ').split(/ [|\u2013\u2014-] /)
  if (parts.length < 2) return value
  const head = parts.slice(0, -1).join(' - ')
  const tail = parts.at(-1)!
  const others = titles.filter((title) => title.value !== value)
  if (others.some((title) => title.value === head) || tail.split(/\s+/).length <= 4) return head
  return value
}
