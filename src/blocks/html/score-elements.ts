import type {Element, Root} from 'hast'
import {hasClassWord} from './class-words.js'
import {hasBlockInside} from './has-block-inside.js'
import {furnitureRoles, furnitureWords} from './furniture-names.js'
import {isCommentList} from './is-comment-list.js'
import {isHidden} from './is-hidden.js'
import {isBlockLevel, isFurnitureTag, isNeverText} from './tags.js'
import {visibleLength} from './visible-length.js'

/** Text counts of one element's subtree. */
export interface ElementStats {
  /** Visible characters (white space not counted). */
  readonly text: number
  /** Of those, characters inside links. */
  readonly link: number
  /** Characters in prose blocks (runs of text of some length, few links). */
  readonly prose: number
}

/** The result of scoring a page. */
export interface PageScores {
  /** Counts per element, page furniture (by tag, class, role or hidden) left out. */
  readonly stats: ReadonlyMap<Element, ElementStats>
  /** Readability-style score: a prose block counts fully for its parent, half for its grandparent, a quarter above. */
  readonly scores: ReadonlyMap<Element, number>
  /** Each element's parent. */
  readonly parents: ReadonlyMap<Element, Element>
  /** Whether class and role names were used to leave out furniture. */
  readonly byClass: boolean
  /** Elements a furniture rule marks that are kept all the same: each holds most of the page's prose. */
  readonly kept: ReadonlySet<Element>
}

/** Why an element is page furniture. */
export type FurnitureRule = 'hidden' | 'tag' | 'role' | 'name' | 'comments'

/** The fewest characters a prose block has. */
const minimumProse = 25
/** The largest share of link text a prose block has. */
const maximumLinkShare = 0.4
/** The least prose (characters) a small neighbour of the story adds to be taken in as more story. */
const minimumAddedProse = 500
/** The share of the page's prose an element holds for no furniture rule to remove it (a story inside one `<form>`). */
const majorityOfProse = 0.6

/** Whether an element is page furniture by its class, id or role (share bars, adverts, related links). */
export function isFurnitureByName(element: Element): boolean {
  const rule = furnitureRule(element)
  return rule === 'role' || rule === 'name'
}

/**
 * Which furniture rule marks an element, if any: `hidden` (the `hidden`
 * attribute, an inline `display: none`), `tag` (`<nav>`, `<footer>`,
 * `<aside>`, `<form>`), `role` (`navigation`, `complementary`, …) or `name`
 * (a furniture word in its class or id, `aria-hidden="true"`) or `comments`
 * (a comment section by its structure, see {@link isCommentList}). `<html>`
 * and `<body>` are never furniture (pages put state classes on them).
 */
export function furnitureRule(element: Element): FurnitureRule | undefined {
  let rule = rules.get(element)
  if (rule === undefined) rules.set(element, (rule = findRule(element) ?? null))
  return rule ?? undefined
}

// Each element's rule, read once: the page is scored up to three times and read once more for its blocks.
const rules = new WeakMap<Element, FurnitureRule | null>()

function findRule(element: Element): FurnitureRule | undefined {
  if (element.tagName === 'html' || element.tagName === 'body') return undefined
  if (isHidden(element)) return 'hidden'
  if (isFurnitureTag(element.tagName)) return 'tag'
  const role = element.properties.role
  if (typeof role === 'string' && furnitureRoles.includes(role.toLowerCase())) return 'role'
  if (String(element.properties.ariaHidden) === 'true') return 'name'
  if (hasClassWord(element, furnitureWords)) return 'name'
  return isCommentList(element) ? 'comments' : undefined
}

/**
 * Whether an element is a block of running text: a `<p>`, or a block element
 * holding only inline content (`<div><span>…</span><a>…</a></div>`). Callers
 * check that it has text.
 */
export function isTextBlock(element: Element): boolean {
  if (element.tagName === 'p' || element.tagName === 'pre') return true
  if (!isBlockLevel(element.tagName) || isNotProse(element.tagName)) return false
  return !hasBlockInside(element)
}

/** Headings and captions hold text that is no prose of the story's body. */
function isNotProse(tagName: string): boolean {
  return /^h[1-6]$/.test(tagName) || tagName === 'figcaption'
}

/**
 * Count text, link text and prose in every element of the page, and give
 * each element a Readability-style score from the prose blocks below it. A
 * prose block is a run of text of some length with few links: a `<p>`, a
 * `<div>` of inline content, or text standing loose in a container between
 * its blocks and at `<br><br>` breaks (a story written without `<p>`).
 *
 * Furniture (hidden, by tag, by role or class name) is left out, except an
 * element that holds most of the page's prose (a story inside one `<form>`);
 * names are not used at all when leaving them out would leave out most of the
 * story (a site that names its story wrapper `has-sidebar`).
 * Linear in the size of the tree; iterative, so any depth of nesting is read.
 */
export function scoreElements(tree: Root): PageScores {
  const raw = score(tree, () => undefined, undefined)
  let total = 0
  for (const child of tree.children) if (child.type === 'element') total += raw.stats.get(child)?.prose ?? 0
  // A comment section stays only when the page holds no prose block beside it (the post commented on); anything else when it holds most of the page's prose.
  const majority = (element: Element, rule: FurnitureRule) => {
    const prose = raw.stats.get(element)?.prose ?? 0
    return rule === 'comments' ? total - prose < minimumProse : total > 0 && prose >= majorityOfProse * total
  }
  const prose = (scores: PageScores) => {
    const root = findStoryRoot(scores)
    return root ? scores.stats.get(root)!.prose : 0
  }
  const withNames = score(tree, furnitureRule, majority)
  const named = prose(withNames)
  // No story root can hold more than the page's prose: with that much, reading without names cannot win.
  if (named >= 0.3 * total) return withNames
  const withoutNames = score(tree, (element) => {
    const rule = furnitureRule(element)
    return rule === 'role' || rule === 'name' ? undefined : rule
  }, majority)
  return named >= 0.3 * prose(withoutNames) ? withNames : {...withoutNames, byClass: false}
}

interface Frame {
  readonly element: Element
  index: number
  readonly inLink: boolean
  text: number
  link: number
  prose: number
  /** Whether a block element stands below. */
  block: boolean
  /** The loose run of inline text being read: its characters, link characters, and `<br>`s in a row. */
  runText: number
  runLink: number
  breaks: number
  /** Prose in the element's own runs, and how many runs it came in. */
  runProse: number
  runs: number
}

const empty: ElementStats = {text: 0, link: 0, prose: 0}

function score(tree: Root, ruleOf: (element: Element) => FurnitureRule | undefined, isKept: ((element: Element, rule: FurnitureRule) => boolean) | undefined): PageScores {
  const stats = new Map<Element, ElementStats>()
  const scores = new Map<Element, number>()
  const parents = new Map<Element, Element>()
  const kept = new Set<Element>()
  const stack: Frame[] = []

  const skipped = (element: Element): boolean => {
    if (isNeverText(element.tagName)) return true
    const rule = ruleOf(element)
    if (!rule) return false
    if (isKept?.(element, rule)) {
      kept.add(element)
      return false
    }
    return true
  }
  const open = (element: Element, inLink: boolean): void => {
    const parent = stack.at(-1)
    if (parent) parents.set(element, parent.element)
    stack.push({element, index: 0, inLink: inLink || element.tagName === 'a', text: 0, link: 0, prose: 0, block: false, runText: 0, runLink: 0, breaks: 0, runProse: 0, runs: 0})
  }
  const endRun = (frame: Frame): void => {
    if (frame.runText >= minimumProse && frame.runLink <= maximumLinkShare * frame.runText) {
      frame.runProse += frame.runText - frame.runLink
      frame.runs++
    }
    frame.runText = 0
    frame.runLink = 0
    frame.breaks = 0
  }
  // A prose block counts fully for the first element of the chain, half for the next, a quarter for the third.
  const credit = (chain: readonly Element[], amount: number): void => {
    chain.forEach((element, up) => scores.set(element, (scores.get(element) ?? 0) + amount / 2 ** up))
  }
  const ancestors = (count: number): Element[] => {
    const chain: Element[] = []
    for (let index = stack.length - 1; index >= 0 && chain.length < count; index--) chain.push(stack[index]!.element)
    return chain
  }
  const close = (frame: Frame): void => {
    const {element} = frame
    const parent = stack.at(-1)
    // Inline content with no block inside (`<span>`, `<a>`) is part of its parent's run of text.
    if (!isBlockLevel(element.tagName) && !frame.block) {
      stats.set(element, {text: frame.text, link: frame.link, prose: 0})
      if (!parent) return
      parent.text += frame.text
      parent.link += frame.link
      parent.runText += frame.text
      parent.runLink += frame.link
      if (frame.text > 0) parent.breaks = 0
      return
    }
    endRun(frame)
    let prose = frame.prose
    if (!isNotProse(element.tagName) && frame.runProse > 0) {
      prose += frame.runProse
      // A block of text counts for its parent, like a paragraph; text loose in a container (or in several
      // runs split by `<br><br>`) counts for the container.
      const textBlock = frame.runs === 1 && (element.tagName === 'p' || element.tagName === 'pre' || !frame.block)
      credit(textBlock ? ancestors(3) : [element, ...ancestors(2)], frame.runProse)
    }
    const result = {text: frame.text, link: frame.link, prose}
    stats.set(element, result)
    if (!parent) return
    parent.text += result.text
    parent.link += result.link
    parent.prose += result.prose
    endRun(parent)
    parent.block = true
  }

  for (const top of tree.children) {
    if (top.type !== 'element') continue
    if (skipped(top)) {
      stats.set(top, empty)
      continue
    }
    open(top, false)
    while (stack.length > 0) {
      const frame = stack.at(-1)!
      const child = frame.element.children[frame.index++]
      if (!child) {
        stack.pop()
        close(frame)
        continue
      }
      if (child.type === 'text') {
        const count = visibleLength(child.value)
        frame.text += count
        frame.runText += count
        if (frame.inLink) {
          frame.link += count
          frame.runLink += count
        }
        if (count > 0) frame.breaks = 0
      } else if (child.type === 'element') {
        if (child.tagName === 'br') {
          if (++frame.breaks >= 2) endRun(frame)
        } else if (skipped(child)) {
          stats.set(child, empty)
          if (isBlockLevel(child.tagName) && !isNeverText(child.tagName)) {
            endRun(frame)
            frame.block = true
          }
        } else open(child, frame.inLink)
      }
    }
  }
  return {stats, scores, parents, byClass: true, kept}
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
    // when it is nearly pure prose: several paragraphs (a live blog's summary above its entries), or, with no
    // link at all, one of some length (a lead paragraph in a box of its own above the body).
    const small = added.prose < 0.1 * inner.prose && !(added.prose >= (added.link ? minimumAddedProse : 100) && added.prose >= 0.9 * added.text)
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
