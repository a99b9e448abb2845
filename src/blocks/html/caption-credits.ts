import type {Element} from 'hast'
import {hasClassWord} from './class-words.js'
import {creditProperties, creditWords} from './furniture-names.js'
import {findLeadingCredit} from './leading-credit.js'
import {isNeverText} from './tags.js'

/**
 * Find the elements of a caption that hold its photo credit: those named as
 * one (`class="credit"`, `itemprop="copyrightHolder"`), a `<cite>`, a `<small>` that ends the caption after
 * its words, and a credit line before its first `<br>`
 * (see {@link findLeadingCredit}).
 *
 * @param caption The caption element.
 * @param textOf Reads an element's visible text.
 * @returns The credit elements, in the order to read them (the leading line first).
 */
export function findCaptionCredits(caption: Element, textOf: (element: Element) => string): Element[] {
  const credits: Element[] = []
  // In document order, with an explicit stack (any depth): each element's children pushed last first.
  const stack: Element[] = []
  const pushChildren = (parent: Element): void => {
    for (let index = parent.children.length - 1; index >= 0; index--) {
      const child = parent.children[index]!
      if (child.type === 'element') stack.push(child)
    }
  }
  pushChildren(caption)
  while (stack.length > 0) {
    const child = stack.pop()!
    // A `<cite>` in a caption names the photo's source.
    if (hasClassWord(child, creditWords) || child.tagName === 'cite' || hasCreditProperty(child)) credits.push(child)
    else pushChildren(child)
  }
  const last = lastChild(caption)
  if (credits.length === 0 && last?.tagName === 'small' && hasTextBefore(caption, last)) credits.push(last)
  const leading = findLeadingCredit(caption, textOf)
  if (leading) credits.unshift(leading)
  return credits
}

/** Whether an element's `itemprop` names the image's maker or holder (schema.org). */
function hasCreditProperty(element: Element): boolean {
  const properties = element.properties.itemProp
  return Array.isArray(properties) && properties.some((property) => creditProperties.includes(String(property)))
}

/** The last child element of an element when nothing but white space follows it. */
function lastChild(element: Element): Element | undefined {
  for (let index = element.children.length - 1; index >= 0; index--) {
    const child = element.children[index]!
    if (child.type === 'element') return child
    if (child.type === 'text' && child.value.trim() !== '') return undefined
  }
  return undefined
}

/** Whether any visible text stands among an element's children before `child`. */
function hasTextBefore(element: Element, child: Element): boolean {
  for (const node of element.children) {
    if (node === child) return false
    if (node.type === 'text' && node.value.trim() !== '') return true
    if (node.type === 'element' && !isNeverText(node.tagName)) return true
  }
  return false
}
