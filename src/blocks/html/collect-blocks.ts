import type {Element, Root, RootContent} from 'hast'
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
import {isVisuallyHidden} from './visually-hidden.js'
import {isFurnitureByName, isTextBlock, type PageScores} from './score-elements.js'
import {splitCaptionCredit} from './split-caption-credit.js'
import {isFurnitureTag, isNeverText} from './tags.js'

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
/** The most words of a label on a photo (a credit, a counter) that is not a paragraph. */
const maximumImageLabelWords = 8

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

  const isFurniture = (element: Element): boolean => {
    if (isNeverText(element.tagName) || isVisuallyHidden(element)) return true
    const byTag = isFurnitureTag(element.tagName)
    const byName = (scores.byClass && isFurnitureByName(element)) || hasClassWord(element, videoWords)
    if (!byTag && !byName) return false
    // A box of one photo and its caption is the story's, whatever its tag (`<aside>`) or `aria-hidden` say.
    if (isPhotoBox(element) && !isNamedFurniture(element)) return false
    if (byTag) return true
    // Never drop most of the story because of a name.
    return (scores.stats.get(element)?.prose ?? 0) < 0.3 * rootProse || rootProse === 0
  }
  const skipInText = (element: Element): boolean => isFurniture(element) && element.tagName !== 'a'

  const take = (element: Element, inside: boolean, quoted: boolean): void => {
    if (isFurniture(element)) return
    if (isCaptionElement(element)) {
      const start = element.position?.start.offset ?? 0
      if (inside || (start >= region.captionsFrom && start < rootStart)) addCaption(element)
      return
    }
    if (!inside) {
      if (element === region.root) inside = true
      else {
        walk(element.children, false, quoted)
        return
      }
    }
    if (element.tagName === 'h1' || element === region.headline) return
    if (headingTag.test(element.tagName)) {
      const text = elementText(input, element, skipInText)
      const stats = scores.stats.get(element)
      // A heading that is all link is a teaser's title.
      const linked = stats !== undefined && stats.link > maximumLinkShare * stats.text
      if (text.text && text.text.length <= 200 && !linked && !isBoilerplate(text.text)) blocks.push({kind: 'heading', text})
      return
    }
    if (element.tagName === 'blockquote') {
      if (isTextBlock(element)) addParagraph(element, true)
      else walk(element.children, true, true)
      return
    }
    if (isTextBlock(element)) {
      addParagraph(element, quoted)
      return
    }
    walk(element.children, true, quoted)
  }

  let imageBefore = false
  const parents = new Map<Element, Element>()
  let parent: Element | undefined
  const walk = (nodes: readonly RootContent[], inside: boolean, quoted: boolean): void => {
    let image = false
    const outer = parent
    for (const node of nodes) {
      if (node.type !== 'element') continue
      if (outer) parents.set(node, outer)
      imageBefore = image
      parent = node
      take(node, inside, quoted)
      parent = outer
      image ||= hasImage(node)
    }
  }

  // Labels set on a photo inside its figure (`"Getty Images"`, `"1 of 4"`), by figure: read as the caption's credit.
  const imageLabels = new Map<Element, string>()
  // The caption block of each figure, by index into `blocks` (a label after the caption still credits it).
  const figureCaptions = new Map<Element, number>()

  const addParagraph = (element: Element, quoted: boolean): void => {
    const text = elementText(input, element, skipInText)
    if (!text.text || isBoilerplate(text.text)) return
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
    const stats = scores.stats.get(element)
    // All its text stands in furniture (a sign-up button's label).
    if (stats && stats.text === 0) return
    if (stats && stats.link > maximumLinkShare * stats.text && !isLinkedSentence(element, text.text)) return
    blocks.push({kind: 'paragraph', text, ...(quoted ? {quoted} : {}), ...(imageBefore ? {afterImage: true} : {})})
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

  walk(tree.children, false, false)
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
