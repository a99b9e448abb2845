import type {Element, Root} from 'hast'
import {hasClassWord} from './class-words.js'
import {furnitureRoles, furnitureWords} from './furniture-names.js'
import {isBlockLevel, isFurnitureTag, isNeverText} from './tags.js'

/** Text counts of one element's subtree. */
export interface ElementStats {
  /** Visible characters (white space not counted). */
  readonly text: number
  /** Of those, characters inside links. */
  readonly link: number
  /** Characters in prose blocks (paragraphs of some length, few links). */
  readonly prose: number
}

/** The result of scoring a page. */
export interface PageScores {
  /** Counts per element, page furniture (by tag, class or role) left out. */
  readonly stats: ReadonlyMap<Element, ElementStats>
  /** Readability-style score: a prose block counts fully for its parent, half for its grandparent, a quarter above. */
  readonly scores: ReadonlyMap<Element, number>
  /** Each element's parent. */
  readonly parents: ReadonlyMap<Element, Element>
  /** Whether class and role names were used to leave out furniture. */
  readonly byClass: boolean
}

/** The fewest characters a prose block has. */
const minimumProse = 25
/** The largest share of link text a prose block has. */
const maximumLinkShare = 0.4
/** The least prose (characters) a small neighbour of the story adds to be taken in as more story. */
const minimumAddedProse = 500

/** Whether an element is page furniture by its class, id or role (share bars, adverts, related links). */
export function isFurnitureByName(element: Element): boolean {
  // Pages put state classes on the root elements (`<html class="menu-closed">`).
  if (element.tagName === 'html' || element.tagName === 'body') return false
  const role = element.properties.role
  if (typeof role === 'string' && furnitureRoles.includes(role.toLowerCase())) return true
  if (element.properties.hidden !== undefined && element.properties.hidden !== false) return true
  if (String(element.properties.ariaHidden) === 'true') return true
  return hasClassWord(element, furnitureWords)
}

/**
 * Whether an element is a block of running text: a `<p>`, or a block element
 * holding only inline content (`<div><span>…</span><a>…</a></div>`). Callers
 * check that it has text.
 */
export function isTextBlock(element: Element): boolean {
  if (element.tagName === 'p' || element.tagName === 'pre') return true
  if (!isBlockLevel(element.tagName) || /^h[1-6]$/.test(element.tagName) || element.tagName === 'figcaption') return false
  return !hasBlockInside(element)
}

function hasBlockInside(element: Element): boolean {
  for (const child of element.children) {
    if (child.type !== 'element' || isNeverText(child.tagName)) continue
    if (isBlockLevel(child.tagName) || hasBlockInside(child)) return true
  }
  return false
}

/**
 * Count text, link text and prose in every element of the page, and give
 * each element a Readability-style score from the prose blocks below it.
 *
 * Furniture by tag (`<nav>`, `<footer>`, `<aside>`, `<form>`) is always left
 * out; furniture by class or role is left out unless that would leave out most
 * of the page's prose (a site that names its story wrapper `has-sidebar`).
 * Linear in the size of the tree.
 */
export function scoreElements(tree: Root): PageScores {
  const withNames = score(tree, true)
  const withoutNames = score(tree, false)
  const prose = (scores: PageScores) => {
    const root = findStoryRoot(scores)
    return root ? scores.stats.get(root)!.prose : 0
  }
  return prose(withNames) >= 0.3 * prose(withoutNames) ? withNames : withoutNames
}

function score(tree: Root, byClass: boolean): PageScores {
  const stats = new Map<Element, ElementStats>()
  const scores = new Map<Element, number>()
  const parents = new Map<Element, Element>()
  const stack: Element[] = []

  const visit = (element: Element, inLink: boolean): ElementStats => {
    const empty = {text: 0, link: 0, prose: 0}
    if (isNeverText(element.tagName) || isFurnitureTag(element.tagName) || (byClass && isFurnitureByName(element))) {
      stats.set(element, empty)
      return empty
    }
    const parent = stack.at(-1)
    if (parent) parents.set(element, parent)
    stack.push(element)
    const link = inLink || element.tagName === 'a'
    let text = 0
    let linkText = 0
    let prose = 0
    for (const child of element.children) {
      if (child.type === 'text') {
        const count = countVisible(child.value)
        text += count
        if (link) linkText += count
      } else if (child.type === 'element') {
        const counts = visit(child, link)
        text += counts.text
        linkText += counts.link
        prose += counts.prose
      }
    }
    stack.pop()
    if (prose === 0 && text >= minimumProse && linkText <= maximumLinkShare * text && isTextBlock(element)) {
      prose = text - linkText
      const depth = stack.length
      for (let up = 1; up <= 3 && depth - up >= 0; up++) {
        const ancestor = stack[depth - up]!
        scores.set(ancestor, (scores.get(ancestor) ?? 0) + prose / 2 ** (up - 1))
      }
    }
    const result = {text, link: linkText, prose}
    stats.set(element, result)
    return result
  }

  for (const child of tree.children) if (child.type === 'element') visit(child, false)
  return {stats, scores, parents, byClass}
}

function countVisible(value: string): number {
  let count = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code > 32 && code !== 160) count++
  }
  return count
}

/**
 * The element that holds the story: the best-scored element, widened to an
 * ancestor while the ancestor adds prose and stays mostly prose (a story whose
 * paragraphs are split over several boxes).
 */
export function findStoryRoot(scores: PageScores): Element | undefined {
  let best: Element | undefined
  let bestScore = 0
  for (const [element, value] of scores.scores) {
    if (value > bestScore) {
      best = element
      bestScore = value
    }
  }
  if (!best) return undefined
  let root = best
  for (let steps = 0; steps < 6; steps++) {
    const parent = scores.parents.get(root)
    if (!parent) break
    const inner = scores.stats.get(root)!
    const outer = scores.stats.get(parent)!
    const added = {text: outer.text - inner.text, link: outer.link - inner.link, prose: outer.prose - inner.prose}
    // Widen only for more story: prose, few links (a teaser list is mostly links); a small addition only
    // when it is several paragraphs of nearly pure prose (a live blog's summary above its entries).
    const small = added.prose < 0.1 * inner.prose && !(added.prose >= minimumAddedProse && added.prose >= 0.9 * added.text)
    if (small || added.prose < 0.5 * added.text || added.link > 0.3 * added.text) {
      // Step over a wrapper that adds nothing.
      if (outer.prose === inner.prose && outer.text - inner.text < 200) {
        root = parent
        continue
      }
      break
    }
    root = parent
  }
  return root
}
