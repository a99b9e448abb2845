import type {Element, ElementContent} from 'hast'
import {hasImage, isCaptionElement} from './caption-element.js'
import {isNeverText} from './tags.js'
import {visibleLength} from './visible-length.js'

/** The most visible characters a photo box holds beside its caption (a "view gallery" link, an icon label). */
const maximumOtherText = 30

/**
 * Whether an element is a box holding one photo and its caption and little
 * else: `<aside class="image"><img …><p class="caption">…</p></aside>`. Such a
 * box is part of the story even where its tag (`<aside>`) or `aria-hidden`
 * would mark page furniture.
 *
 * @example
 *   // <aside><img src="a.jpg"><p class="caption">Pickers at dawn.</p></aside> → true
 *   // <aside><h2>Most read</h2><ul>…</ul></aside> → false
 */
export function isPhotoBox(element: Element): boolean {
  if (!hasImage(element)) return false
  let captions = 0
  let other = 0
  let linked = false
  // Any order will do: the counts only grow, and each limit, once passed, gives the answer. An explicit stack reads any depth.
  const stack: Array<{node: ElementContent; inLink: boolean}> = element.children.map((node) => ({node, inLink: false}))
  while (stack.length > 0 && other <= maximumOtherText && captions <= 1 && !linked) {
    const {node, inLink} = stack.pop()!
    if (node.type === 'text') other += visibleLength(node.value)
    else if (node.type === 'element' && !isNeverText(node.tagName)) {
      if (isCaptionElement(node)) {
        captions++
        // A teaser card's title under its picture is a link; a caption is not.
        linked ||= inLink || isMostlyLink(node)
      } else for (const child of node.children) stack.push({node: child, inLink: inLink || node.tagName === 'a'})
    }
  }
  return captions === 1 && other <= maximumOtherText && !linked
}

/** Whether most of an element's visible text stands inside links. */
function isMostlyLink(element: Element): boolean {
  let text = 0
  let link = 0
  const stack: Array<{node: ElementContent; inLink: boolean}> = element.children.map((node) => ({node, inLink: false}))
  while (stack.length > 0) {
    const {node, inLink} = stack.pop()!
    if (node.type === 'text') {
      const count = visibleLength(node.value)
      text += count
      if (inLink) link += count
    } else if (node.type === 'element' && !isNeverText(node.tagName)) {
      for (const child of node.children) stack.push({node: child, inLink: inLink || node.tagName === 'a'})
    }
  }
  return text > 0 && link > text / 2
}
