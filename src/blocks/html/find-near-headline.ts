import type {Element, Nodes, Root} from 'hast'
import {hasClassWord} from './class-words.js'
import type {MappedText} from '../mapped-text.js'
import {readByline} from '../../structure/find-byline.js'
import {elementText, sliceMapped, trimEnd} from './element-text.js'
import {bylineWords, dekWords} from './furniture-names.js'
import {isTextBlock} from './score-elements.js'
import {isFurnitureTag, isNeverText} from './tags.js'
import {createTitleIndex} from './title-index.js'

/** What stands between the headline and the story's first paragraph. */
export interface HeadlineNeighbours {
  /** A visible standfirst: named as one (`class="standfirst"`) or saying what the page's description says. */
  readonly dek?: MappedText
  /** A visible byline: named as one (`class="byline"`, `rel="author"`). */
  readonly byline?: MappedText
  /** A `<time datetime>` element. */
  readonly time?: {readonly value: string; readonly element: Element}
}

/** How alike a visible line and the page's description must be to be the same standfirst. */
const sameText = 0.7

/**
 * Look between `from` (the headline) and `to` (the first paragraph) for the
 * standfirst, the byline and a `<time>` element; for the byline, up to
 * `bylineTo` (the first paragraph of prose: a byline the story's box holds
 * stands among short lines before it).
 */
export function findNearHeadline(input: string, tree: Root, from: number, to: number, descriptions: readonly string[], bylineTo = to): HeadlineNeighbours {
  let dek: MappedText | undefined
  let byline: MappedText | undefined
  let time: HeadlineNeighbours['time']
  // Each description's words are read once; each candidate is compared through its own words.
  const described = createTitleIndex(descriptions)
  // Depth first, in document order, with an explicit stack (any nesting depth).
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type !== 'element' && node.type !== 'root') continue
    if (node.type === 'element') {
      if (isNeverText(node.tagName) || isFurnitureTag(node.tagName) || node.tagName === 'h1') continue
      const start = node.position?.start.offset ?? -1
      const end = node.position?.end.offset ?? -1
      if (end <= from || start >= bylineTo) continue
      if (start >= from) {
        // Past the first paragraph (up to `bylineTo`), only the byline is looked for.
        const past = start >= to
        if (!past && node.tagName === 'time' && !time) {
          const value = node.properties.dateTime
          if (typeof value === 'string' && value) time = {value, element: node}
        }
        if (!byline && isByline(node)) {
          byline = readBylineText(input, node)
          if (byline) continue
        }
        if (past && byline) continue
        if (!dek && end <= to && (isTextBlock(node) || /^h[2-4]$/.test(node.tagName))) {
          const text = elementText(input, node)
          const named = hasClassWord(node, dekWords) && text.text.length >= 20 && text.text.length <= 400
          if (named || described.best(text.text) >= sameText) {
            dek = text
            continue
          }
        }
      }
    }
    for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
  }
  return {...(dek ? {dek} : {}), ...(byline ? {byline} : {}), ...(time ? {time} : {})}
}

/**
 * A byline element's names: a date or a separator beside them is not part of
 * the byline, nor a line after a `<br>` under a first line that reads as a
 * byline (`"By Jane Doe<br>Harbour News"`: the desk or the outlet).
 */
function readBylineText(input: string, element: Element): MappedText | undefined {
  let text = trimSeparators(elementText(input, element, (child) => child.tagName === 'time'))
  const lineEnd = firstBreak(element)
  if (lineEnd !== undefined) {
    let cut = 0
    while (cut < text.text.length && text.offsetAt(cut) < lineEnd) cut++
    const line = trimSeparators(sliceMapped(text, cut))
    if (cut < text.text.length && line.text && readByline(line.text)) text = line
  }
  return text.text.length >= 3 && text.text.length <= 200 ? text : undefined
}

/** The input offset of the first `<br>` inside an element (depth first, in document order, with an explicit stack). */
function firstBreak(element: Element): number | undefined {
  const stack: Nodes[] = [...element.children].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type !== 'element') continue
    if (node.tagName === 'br') return node.position?.start.offset
    for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
  }
  return undefined
}

function isByline(element: Element): boolean {
  const rel = element.properties.rel
  if (Array.isArray(rel) && rel.includes('author')) return true
  if (String(element.properties.itemProp ?? '') === 'author') return true
  return hasClassWord(element, bylineWords)
}

/** The text without separators left at its end (`"By Jane Doe ·"` → `"By Jane Doe"`). */
function trimSeparators(text: MappedText): MappedText {
  const trimmed = trimEnd(text, /[\s·•|,;:–—-]/u)
  return trimmed.text ? trimmed : text
}
