import type {Element, ElementContent} from 'hast'
import {hasCaptionInside, hasImage} from './caption-element.js'
import {visibleText} from './visible-text.js'
import {hasClassWord} from './class-words.js'
import {videoWords} from './furniture-names.js'
import {isTextBlock} from './score-elements.js'
import {isNeverText} from './tags.js'

/** The most visible characters a figure holds for its plain text to be read as its caption. */
const maximumFigureText = 600
/** The most blocks of text such a figure holds (a caption and a credit line). */
const maximumFigureBlocks = 2

// Computed once per element: a page may hold thousands of figures in one parent.
const uncaptioned = new WeakMap<Element, boolean>()
const playerChildren = new WeakMap<Element, boolean>()

/**
 * Whether a `<figure>` holds a photo and a little text (two blocks at most)
 * but no caption element: its text is then the photo's caption.
 *
 * @example
 *   // <figure><img src="a.jpg"><p>Pickers at the gate.</p></figure> → true
 */
export function isUncaptionedPhoto(figure: Element): boolean {
  let known = uncaptioned.get(figure)
  if (known === undefined) {
    known = hasImage(figure) && !hasCaptionInside(figure) && visibleText(figure) <= maximumFigureText && countTextBlocks(figure) <= maximumFigureBlocks
    uncaptioned.set(figure, known)
  }
  return known
}

/** Whether an element is a video player: `<video>`, `<iframe>` or named as one (`class="video-player"`). */
export function isPlayer(element: Element): boolean {
  return element.tagName === 'video' || element.tagName === 'iframe' || hasClassWord(element, videoWords)
}

/** Whether one of an element's children is a video player. */
export function hasPlayerChild(element: Element): boolean {
  let known = playerChildren.get(element)
  if (known === undefined) {
    known = element.children.some((child) => child.type === 'element' && isPlayer(child))
    playerChildren.set(element, known)
  }
  return known
}


/** How many blocks of text stand below an element (a block of text inside another is not counted again). */
function countTextBlocks(element: Element): number {
  let count = 0
  const stack: Element[] = [element]
  while (stack.length > 0) {
    const current = stack.pop()!
    for (const child of current.children) {
      if (child.type !== 'element' || isNeverText(child.tagName)) continue
      if (!isTextBlock(child)) stack.push(child)
      else if (visibleText(child) > 0) count++
    }
  }
  return count
}
