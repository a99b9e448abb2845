import type {Element, ElementContent, Root, RootContent} from 'hast'
import {isBoilerplate} from '../../structure/is-boilerplate.js'
import {countWords, endsLikeSentence} from '../../structure/text-shape.js'
import {hasImage, isCaptionElement} from './caption-element.js'
import {findCaptionCredits} from './caption-credits.js'
import {hasClassWord} from './class-words.js'
import type {MappedText} from '../mapped-text.js'
import {elementText, sliceMapped, trimEnd} from './element-text.js'
import {furnitureWords, videoWords} from './furniture-names.js'
import {hasPlayerChild, isUncaptionedPhoto} from './figure-facts.js'
import {isCreditShaped} from './leading-credit.js'
import {isPhotoBox} from './photo-box.js'
import {isCodeBlock} from './is-code-block.js'
import {isLinkedAway} from './is-linked-away.js'
import {isTeaserList} from './is-teaser-list.js'
import {isVisuallyHidden} from './visually-hidden.js'
import {dataTableRows} from './data-table-rows.js'
import {rowText} from './row-text.js'
import {visibleLength} from './visible-length.js'
import {furnitureRule, isTextBlock, type ElementStats, type PageScores} from './score-elements.js'
import {splitCaptionCredit} from './split-caption-credit.js'
import {isBlockLevel, isNeverText} from './tags.js'

/** One block of the story as found in the page. */
export interface StoryBlock {
  /** What the block is. */
  readonly kind: 'paragraph' | 'heading' | 'caption'
  /** Its text, with the input offset of every character. */
  readonly text: MappedText
  /** A caption's photo credit, when the page marks it apart. */
  readonly credit?: string
  /** Whether the block stands inside a `<blockquote>`. */
  readonly quoted?: boolean
  /** Whether an image stands just before the block, in the same parent. */
  readonly afterImage?: boolean
  /** A heading whose text is mostly a link to another page: a teaser's title, unless a section of prose follows it (see `tidyBlocks`). */
  readonly linked?: boolean
}

/** Where to look for the story's blocks. */
export interface StoryRegion {
  /** The element that holds the story's paragraphs. */
  readonly root: Element
  /** Captions between this offset and the root are the story's too (the lead photo under the headline). */
  readonly captionsFrom: number
  /** The element the headline was read from, when it is not an `<h1>` (left out of the blocks). */
  readonly headline?: Element
}

const headingTag = /^h[2-4]$/
/** The largest share of link text a paragraph has. */
const maximumLinkShare = 0.5
/** The fewest words outside links that make a link-heavy paragraph a sentence of the story. */
const minimumOwnWords = 4
/** The fewest visible characters of loose text beside blocks that make a paragraph without ending like a sentence. */
const minimumRunLength = 25
const anyLetter = /\p{L}/u
/** The largest share of the story root's prose a teaser list holds. */
const maximumTeaserProse = 0.5
/** The most words of a label on a photo (a credit, a counter) that is not a paragraph. */
const maximumImageLabelWords = 8
/** The share of the story root's prose a code block holds for it to be read as the story (a plain-text page in one `<pre>`). */
const majorityOfRootProse = 0.5

/**
 * Walk the page in order and take the story's blocks: paragraphs, `<h2>`–`<h4>`
 * headings and captions inside the story root, and captions of the lead
 * photo between the headline and the root. Furniture inside the root (share
 * bars, adverts, embedded posts, link-only lines) is left out.
 */
export function collectBlocks(input: string, tree: Root, region: StoryRegion, scores: PageScores): StoryBlock[] {
  const blocks: StoryBlock[] = []
  const rootProse = scores.stats.get(region.root)?.prose ?? 0
  const rootStart = region.root.position?.start.offset ?? 0
  const headlineStart = region.headline?.position?.start.offset ?? -1

  const isFurniture = (element: Element): boolean => {
    if (isNeverText(element.tagName) || isVisuallyHidden(element)) return true
    // An element holding most of the page's prose stays, whatever its tag, name or style say.
    if (scores.kept.has(element)) return false
    // Code is no prose of the story, unless it holds most of it.
    if (isCodeBlock(element)) return (scores.stats.get(element)?.prose ?? 0) < majorityOfRootProse * rootProse
    const rule = furnitureRule(element)
    if (rule === 'hidden' || rule === 'comments') return true
    if (rule === undefined && element !== region.root && isTeasers(element)) return true
    const byTag = rule === 'tag'
    const byName = (scores.byClass && (rule === 'role' || rule === 'name')) || hasClassWord(element, videoWords)
    if (!byTag && !byName) return false
    // A box of one photo and its caption is the story's, whatever its tag (`<aside>`) or `aria-hidden` say.
    if (isPhotoBox(element) && !isNamedFurniture(element)) return false
    if (byTag) return true
    // Never drop most of the story because of a name.
    return (scores.stats.get(element)?.prose ?? 0) < 0.3 * rootProse || rootProse === 0
  }
  const teasers = new Map<Element, boolean>()
  // A list of related stories inside the region, unless it holds most of the story.
  const isTeasers = (element: Element): boolean => {
    let found = teasers.get(element)
    if (found === undefined) {
      found = isTeaserList(element, scores.stats) && ((scores.stats.get(element)?.prose ?? 0) < maximumTeaserProse * rootProse || rootProse === 0)
      teasers.set(element, found)
    }
    return found
  }
  const skipInText = (element: Element): boolean => isFurniture(element) && element.tagName !== 'a'

  // How many blocks before the first paragraph have been read.
  let scanned = 0

  /** Read one element; returns how to read its children when they are to be read. */
  const take = (element: Element, inside: boolean, quoted: boolean): {inside: boolean; quoted: boolean} | undefined => {
    if (isFurniture(element)) return undefined
    if (isCaptionElement(element)) {
      const start = element.position?.start.offset ?? 0
      if (inside || (start >= region.captionsFrom && start < rootStart)) addCaption(element)
      return undefined
    }
    if (!inside) {
      if (element === region.root) inside = true
      else return {inside: false, quoted}
    }
    if (element === region.headline) return undefined
    // An `<h1>` is the headline, unless it follows the story's first paragraph: then it heads a section (pages that mark every heading `<h1>`).
    // The blocks before the first paragraph are scanned once in all (a page of many `<h1>`s).
    while (blocks[scanned] && blocks[scanned]!.kind !== 'paragraph') scanned++
    if (element.tagName === 'h1' && !blocks[scanned]) return undefined
    if (headingTag.test(element.tagName) || element.tagName === 'h1') {
      // A heading above the headline is a kicker or a label (`"Africa"`, `"Analysis"`): sections come after the headline.
      if ((element.position?.end.offset ?? 0) <= headlineStart) return undefined
      const text = elementText(input, element, skipInText)
      // A heading that is all link to another page is a teaser's title, unless a section of prose follows it (decided in
      // `tidyBlocks`); one that links to its own anchor (`<a href="#cost">`) is a section's heading.
      const linked = isLinkedAway(element, scores.stats)
      if (text.text && text.text.length <= 200 && !isBoilerplate(text.text)) blocks.push(linked ? {kind: 'heading', text, linked} : {kind: 'heading', text})
      return undefined
    }
    if (element.tagName === 'table') {
      const rows = dataTableRows(element)
      if (rows) {
        addRows(element, rows)
        return undefined
      }
    }
    if (element.tagName === 'blockquote') {
      if (isTextBlock(element)) {
        addParagraph(element, true)
        return undefined
      }
      return {inside: true, quoted: true}
    }
    if (isTextBlock(element)) {
      addParagraph(element, quoted)
      return undefined
    }
    return {inside: true, quoted}
  }

  let imageBefore = false
  // Whether the element being read stands inside a link.
  let linkedBefore = false
  const parents = new Map<Element, Element>()
  // Counts of the runs of loose text read as paragraphs (they are no element of the page).
  const runStats = new Map<Element, ElementStats>()
  const statsOf = (element: Element): ElementStats | undefined => scores.stats.get(element) ?? runStats.get(element)

  /** One list of siblings being read, and the run of loose inline content gathered in it. */
  interface Level {
    readonly nodes: readonly RootContent[]
    index: number
    readonly parent: Element | undefined
    readonly inside: boolean
    readonly quoted: boolean
    /** Whether the siblings stand inside a link (a teaser card's text is all link). */
    readonly linked: boolean
    /** Whether an image stood among the siblings read so far. */
    image: boolean
    run: ElementContent[]
    runAfterImage: boolean
    breaks: number
  }
  const level = (nodes: readonly RootContent[], parent: Element | undefined, inside: boolean, quoted: boolean, linked: boolean): Level => ({
    nodes,
    index: 0,
    parent,
    inside,
    quoted,
    linked,
    image: false,
    run: [],
    runAfterImage: false,
    breaks: 0
  })
  // Loose text in a container (between its blocks, or between `<br><br>`) is a paragraph of its own.
  const endRun = (current: Level): void => {
    const nodes = current.run
    current.run = []
    current.breaks = 0
    if (!current.parent || current.linked || !nodes.some(hasVisibleText)) return
    const run = runElement(nodes)
    const stats = countRun(nodes, scores)
    // Text beside blocks is a paragraph when it reads as one: long enough, or a sentence (not a label like `"Pros"`, `"14"`).
    if (stats.text < minimumRunLength && !endsLikeSentence(elementText(input, run).text)) return
    parents.set(run, current.parent)
    runStats.set(run, stats)
    imageBefore = current.runAfterImage
    linkedBefore = false
    addParagraph(run, current.quoted)
  }
  const walk = (nodes: readonly RootContent[]): void => {
    const stack: Level[] = [level(nodes, undefined, false, false, false)]
    while (stack.length > 0) {
      const current = stack.at(-1)!
      const node = current.nodes[current.index++]
      if (!node) {
        if (current.inside) endRun(current)
        stack.pop()
        continue
      }
      if (node.type === 'text' && current.inside) {
        if (current.run.length === 0) current.runAfterImage = current.image
        current.run.push(node)
        if (visibleLength(node.value) > 0) current.breaks = 0
        continue
      }
      if (node.type !== 'element') continue
      if (current.parent) parents.set(node, current.parent)
      if (current.inside && isInlineRun(node)) {
        if (node.tagName === 'br' && ++current.breaks >= 2) {
          endRun(current)
          continue
        }
        if (current.run.length === 0) current.runAfterImage = current.image
        current.run.push(node)
        current.image ||= hasImage(node)
        continue
      }
      if (current.inside) endRun(current)
      imageBefore = current.image
      linkedBefore = current.linked
      const next = take(node, current.inside, current.quoted)
      current.image ||= hasImage(node)
      if (next) stack.push(level(node.children, node, next.inside, next.quoted, current.linked || node.tagName === 'a'))
    }
  }

  // Labels set on a photo inside its figure (`"Getty Images"`, `"1 of 4"`), by figure: read as the caption's credit.
  const imageLabels = new Map<Element, string>()
  // The caption block of each figure, by index into `blocks` (a label after the caption still credits it).
  const figureCaptions = new Map<Element, number>()

  // A block cut by `<br><br>` is a paragraph per piece (a piece holds no `<br><br>` of its own).
  const addParagraph = (element: Element, quoted: boolean): void => {
    const pieces = splitAtBreaks(element)
    if (pieces.length <= 1) {
      addPiece(element, quoted)
      return
    }
    const parent = parents.get(element)
    for (const nodes of pieces) {
      const run = runElement(nodes)
      if (parent) parents.set(run, parent)
      runStats.set(run, countRun(nodes, scores))
      addPiece(run, quoted)
    }
  }

  const addPiece = (element: Element, quoted: boolean): void => {
    const text = elementText(input, element, skipInText)
    // A block with no letter in any script is a chart's label or a counter ("$915", "’17", "0"), not a paragraph.
    if (!text.text || isBoilerplate(text.text) || !anyLetter.test(text.text)) return
    const figure = figureOf(element)
    if (figure) {
      const short = countWords(text.text) <= maximumImageLabelWords && !endsLikeSentence(text.text)
      if (short && isCreditShaped(text.text)) {
        addImageLabel(figure, text.text)
        return
      }
      // A figure of a photo with no caption element: its text is the caption.
      if (isUncaptionedPhoto(figure)) {
        const {text: caption, credit} = splitCaptionCredit(text)
        pushCaption(caption, credit, figure, element)
        return
      }
      // Any other short line on a photo is a label ("1 of 4"), not a paragraph.
      if (short) return
    }
    const stats = statsOf(element)
    // All its text stands in furniture (a sign-up button's label).
    if (stats && stats.text === 0) return
    if (stats && stats.link > maximumLinkShare * stats.text && (linkedBefore || !isLinkedSentence(element, text.text))) return
    blocks.push({kind: 'paragraph', text, ...(quoted ? {quoted} : {}), ...(imageBefore ? {afterImage: true} : {})})
  }

  // A data table: its caption, then each row as one paragraph of its cells (`"Elm | 4 mm"`).
  const addRows = (table: Element, rows: readonly Element[]): void => {
    for (const child of table.children) {
      if (child.type === 'element' && child.tagName === 'caption') {
        const text = elementText(input, child, skipInText)
        if (text.text) blocks.push({kind: 'paragraph', text})
      }
    }
    for (const row of rows) {
      if (isFurniture(row)) continue
      const text = rowText(input, row, skipInText)
      const stats = scores.stats.get(row)
      if (!text.text || isBoilerplate(text.text) || (stats && stats.link > maximumLinkShare * stats.text)) continue
      blocks.push({kind: 'paragraph', text})
    }
  }

  const addCaption = (element: Element): void => {
    const credits = findCaptionCredits(element, (child) => elementText(input, child).text)
    const whole = trimEndMarks(elementText(input, element, (child) => credits.includes(child) || skipInText(child)))
    const named = credits.map((child) => elementText(input, child).text).find(Boolean)
    const figure = figureOf(element)
    const {text, credit = named ?? (figure && imageLabels.get(figure))} = named ? {text: whole} : splitCaptionCredit(whole)
    pushCaption(text, credit, figure, element)
  }

  const pushCaption = (text: MappedText, credit: string | undefined, figure: Element | undefined, element: Element): void => {
    // A caption says what the photo shows: a bare credit or label is not one.
    const words = countWords(text.text)
    if (words < 2 || (words <= 4 && text.text.includes('/')) || creditOnly.test(text.text) || isInPlayer(element)) return
    if (figure && !figureCaptions.has(figure)) figureCaptions.set(figure, blocks.length)
    blocks.push(credit ? {kind: 'caption', text, credit} : {kind: 'caption', text})
  }

  const addImageLabel = (figure: Element, label: string): void => {
    const index = figureCaptions.get(figure)
    const caption = index === undefined ? undefined : blocks[index]
    if (caption && !caption.credit) blocks[index!] = {...caption, credit: label}
    else if (!imageLabels.has(figure)) imageLabels.set(figure, label)
  }

  // A caption in a video player, or beside one in the same small box, describes the video.
  const isInPlayer = (element: Element): boolean => {
    let current: Element | undefined = element
    for (let depth = 0; current && depth < 5; depth++) {
      if (current === region.root) return false
      if (current.tagName === 'video' || hasClassWord(current, videoWords)) return true
      if (depth <= 2 && hasPlayerChild(current)) return true
      current = parents.get(current)
    }
    return false
  }

  /** The `<figure>` an element stands in, below the story root. */
  const figureOf = (element: Element): Element | undefined => {
    let current = parents.get(element)
    for (let depth = 0; current && current !== region.root && depth < 8; depth++) {
      if (current.tagName === 'figure') return current
      current = parents.get(current)
    }
    return undefined
  }

  // A sentence with its own words between the links ("A new law is set to <a>stop it</a>.") is prose, not a teaser.
  const isLinkedSentence = (element: Element, text: string): boolean => {
    if (!endsLikeSentence(text)) return false
    return countWords(elementText(input, element, (child) => child.tagName === 'a' || skipInText(child)).text) >= minimumOwnWords
  }

  walk(tree.children)
  return blocks
}

/** Whether an element's class, id or `hidden` attribute marks it as furniture (not only its tag, role or `aria-hidden`). */
function isNamedFurniture(element: Element): boolean {
  const {hidden} = element.properties
  return (hidden !== undefined && hidden !== false) || hasClassWord(element, furnitureWords) || hasClassWord(element, videoWords)
}

const creditOnly = /^(?:image|photo|photograph|picture)s?(?: credits?)? ?:|^(?:credits?|copyright|©)\b/i

const endMark = /[\s/|·•–—-]/u

/** The text without separators (or a gallery link's `"more >"`) left at its end once a credit is cut out (`"… space. /"`). */
function trimEndMarks(text: MappedText): MappedText {
  const trimmed = trimEnd(text, endMark)
  const more = / more ?[>›»]$/i.exec(trimmed.text.slice(-16))
  return more ? trimEnd(sliceMapped(trimmed, trimmed.text.length - more[0].length), endMark) : trimmed
}

/** Whether an element is read as part of a run of inline text: a line break, or inline with no block and no caption below. */
function isInlineRun(element: Element): boolean {
  if (element.tagName === 'br') return true
  return !isBlockLevel(element.tagName) && !isCaptionElement(element) && !hasBlockBelow(element)
}

/** Whether a block element or a caption stands below an inline one (`<a><div>…</div></a>`, a teaser card). */
function hasBlockBelow(element: Element): boolean {
  const stack: Element[] = [element]
  while (stack.length > 0) {
    const current = stack.pop()!
    for (const child of current.children) {
      if (child.type !== 'element' || isNeverText(child.tagName)) continue
      if (isBlockLevel(child.tagName) || isCaptionElement(child)) return true
      stack.push(child)
    }
  }
  return false
}

/** Whether a node shows any text (scripts and styles aside). */
function hasVisibleText(node: ElementContent): boolean {
  const stack: ElementContent[] = [node]
  while (stack.length > 0) {
    const current = stack.pop()!
    if (current.type === 'text' && visibleLength(current.value) > 0) return true
    if (current.type === 'element' && !isNeverText(current.tagName)) for (const child of current.children) stack.push(child)
  }
  return false
}

/** A run of sibling nodes as one element spanning them in the input, so that it reads like a paragraph. */
function runElement(nodes: readonly ElementContent[]): Element {
  const start = nodes.find((node) => node.position)?.position?.start
  const end = nodes.findLast((node) => node.position)?.position?.end
  return {type: 'element', tagName: 'p', properties: {}, children: nodes.slice(), ...(start && end ? {position: {start, end}} : {})}
}

/** The text and link counts of a run, from the counts of its elements. */
function countRun(nodes: readonly ElementContent[], scores: PageScores): ElementStats {
  let text = 0
  let link = 0
  for (const node of nodes) {
    if (node.type === 'text') text += visibleLength(node.value)
    else if (node.type === 'element') {
      const stats = scores.stats.get(node)
      if (!stats) continue
      text += stats.text
      link += node.tagName === 'a' ? stats.text : stats.link
    }
  }
  return {text, link, prose: 0}
}

/** A block's children cut at each `<br><br>` (two line breaks or more, white space between); one piece when there is none. */
function splitAtBreaks(element: Element): ElementContent[][] {
  const pieces: ElementContent[][] = [[]]
  let breaks = 0
  let pending: ElementContent[] = []
  for (const child of element.children) {
    if (child.type === 'element' && child.tagName === 'br') {
      breaks++
      pending.push(child)
      continue
    }
    if (child.type === 'text' && visibleLength(child.value) === 0) {
      pending.push(child)
      continue
    }
    if (breaks >= 2) pieces.push([])
    else for (const node of pending) pieces.at(-1)!.push(node)
    pending = []
    breaks = 0
    pieces.at(-1)!.push(child)
  }
  return pieces.filter((piece) => piece.some(hasVisibleText))
}
