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

/** Whether a caption element stands anywhere below `element`. */
export function hasCaptionInside(element: Element): boolean {
  return element.children.some((child) => child.type === 'element' && (child.tagName === 'figcaption' || hasClassWord(child, captionWords) || hasCaptionInside(child)))
}

/** What {@link hasImage} found, per element: nested furniture asks again at every level. */
const imageBelow = new WeakMap<Element, boolean>()

/** Whether an image (`<img>`, `<picture>`, AMP's `<amp-img>`) stands at or below `element`. Each element is read once per tree. */
export function hasImage(element: Element): boolean {
  if (element.tagName === 'img' || element.tagName === 'picture' || element.tagName === 'amp-img') return true
  let found = imageBelow.get(element)
  if (found === undefined) {
    found = element.children.some((child) => child.type === 'element' && hasImage(child))
    imageBelow.set(element, found)
  }
  return found
}
