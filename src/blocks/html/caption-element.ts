import type {Element} from 'hast'
import {hasClassWord} from './class-words.js'
import {captionWords} from './furniture-names.js'

/**
 * Whether an element is a photo caption: a `<figcaption>`, or an element
 * named as a caption (`class="caption"`) that is not a whole figure.
 *
 * @example
 *   // <p class="caption">A ferry at dawn.</p> → true; <figure class="caption">…</figure> → false
 */
export function isCaptionElement(element: Element): boolean {
  if (element.tagName === 'figcaption') return true
  if (element.tagName === 'figure' || element.tagName === 'img' || element.tagName === 'picture') return false
  return hasClassWord(element, captionWords) && !hasCaptionInside(element)
}

/** Whether a caption element stands anywhere below `element`. Walks with an explicit stack (any depth). */
export function hasCaptionInside(element: Element): boolean {
  const stack: Element[] = [element]
  while (stack.length > 0) {
    const current = stack.pop()!
    for (const child of current.children) {
      if (child.type !== 'element') continue
      if (child.tagName === 'figcaption' || hasClassWord(child, captionWords)) return true
      stack.push(child)
    }
  }
  return false
}

/** What {@link hasImage} found, per element: nested furniture asks again at every level. */
const imageBelow = new WeakMap<Element, boolean>()

/**
 * Whether an image (`<img>`, `<picture>`, AMP's `<amp-img>`) stands at or
 * below `element`. Each element is read once per tree; walks with an
 * explicit stack, so any depth of nesting is read.
 */
export function hasImage(element: Element): boolean {
  if (isImage(element)) return true
  const known = imageBelow.get(element)
  if (known !== undefined) return known
  // Children first (post-order), each element's answer kept for the next question about it.
  const stack: Array<{element: Element; index: number; found: boolean}> = [{element, index: 0, found: false}]
  let answer = false
  while (stack.length > 0) {
    const frame = stack.at(-1)!
    const child = frame.found ? undefined : frame.element.children[frame.index++]
    if (!child) {
      stack.pop()
      imageBelow.set(frame.element, frame.found)
      answer = frame.found
      const parent = stack.at(-1)
      if (parent && frame.found) parent.found = true
      continue
    }
    if (child.type !== 'element') continue
    if (isImage(child)) {
      frame.found = true
      continue
    }
    const below = imageBelow.get(child)
    if (below === undefined) stack.push({element: child, index: 0, found: false})
    else if (below) frame.found = true
  }
  return answer
}

function isImage(element: Element): boolean {
  return element.tagName === 'img' || element.tagName === 'picture' || element.tagName === 'amp-img'
}
