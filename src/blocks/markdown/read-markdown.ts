import type {Image, Nodes, Paragraph, Root, RootContent} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import type {Locator} from '../../locate.js'
import {readByline} from '../../structure/find-byline.js'
import {assembleArticle, placed, type MarkedArticle, type PlacedText} from '../html/assemble-article.js'
import type {StoryBlock} from '../html/collect-blocks.js'
import {decodedOffsets} from '../html/decoded-offsets.js'
import type {MappedText} from '../mapped-text.js'
import {findPullQuotes, type PullQuote} from './find-pull-quote.js'
import {imageCredit} from './image-credit.js'
import {inlineText} from './inline-text.js'
import {readFrontMatter} from './read-front-matter.js'

/**
 * Read a Markdown article: the first `#` heading is the headline, `##` and
 * deeper headings open sections, images give captions from their alt (or
 * title) text, as does an all-emphasis line right under an image, block
 * quotes and list items give paragraphs. Emphasis, links and code marks are
 * stripped from the text; positions point into the Markdown.
 *
 * Right under the headline, a `By …` line is the byline and an all-emphasis
 * line the standfirst.
 */
export function readMarkdownArticle(input: string, locator: Locator): MarkedArticle & {readonly pullQuotes: readonly PullQuote[]} {
  // Front matter gives the fields the body does not: its title is the headline when no `#` heading is.
  const front = readFrontMatter(input)
  const tree: Root = fromMarkdown(front?.body ?? input)
  const blocks: StoryBlock[] = []
  let headline: PlacedText | undefined = tree.children.some((node) => node.type === 'heading' && node.depth === 1) ? undefined : front?.title
  let dek: PlacedText | undefined = front?.dek
  let byline: (PlacedText & {readonly authors: readonly string[]}) | undefined = front?.byline
  let afterImage = false

  const visit = (node: RootContent, quoted: boolean): void => {
    const wasAfterImage = afterImage
    afterImage = false
    switch (node.type) {
      case 'heading': {
        const text = inlineText(input, node.children, offsetOf(node))
        if (!text.text) return
        if (node.depth === 1 && !headline) headline = placed(text)
        else blocks.push({kind: 'heading', text})
        return
      }
      case 'paragraph': {
        const images = imagesOnly(node)
        if (images) {
          for (const image of images) {
            const text = altText(input, image)
            const credit = imageCredit(image)
            if (text.text) blocks.push(credit ? {kind: 'caption', text, credit} : {kind: 'caption', text})
          }
          afterImage = images.length > 0
          return
        }
        const text = inlineText(input, node.children, offsetOf(node))
        if (!text.text) return
        const emphasised = node.children.length === 1 && node.children[0]!.type === 'emphasis'
        if (emphasised && wasAfterImage) {
          blocks.push({kind: 'caption', text})
          return
        }
        const nothingYet = headline !== undefined && !blocks.some((block) => block.kind !== 'caption')
        if (nothingYet && !quoted) {
          const authors = readByline(text.text)
          if (authors && !byline) {
            byline = {...placed(text), authors}
            return
          }
          if (emphasised && !dek && !byline) {
            dek = placed(text)
            return
          }
        }
        blocks.push(quoted ? {kind: 'paragraph', text, quoted} : {kind: 'paragraph', text})
        return
      }
      case 'blockquote':
        for (const child of node.children) visit(child, true)
        return
      case 'list':
        for (const item of node.children) for (const child of item.children) visit(child, quoted)
        return
      default:
    }
  }
  for (const child of tree.children) visit(child, false)

  return {
    ...assembleArticle({...(headline ? {headline} : {}), ...(dek ? {dek} : {}), ...(byline ? {byline} : {}), ...(front?.published ? {published: front.published} : {}), blocks}, locator),
    pullQuotes: findPullQuotes(input, tree)
  }
}

function offsetOf(node: Nodes): number {
  return node.position?.start.offset ?? 0
}

/** The images of a paragraph that holds nothing else (white space and line breaks aside). */
function imagesOnly(node: Paragraph): Image[] | undefined {
  const images: Image[] = []
  for (const child of node.children) {
    if (child.type === 'image') images.push(child)
    else if (child.type === 'break' || (child.type === 'text' && !child.value.trim())) continue
    else if (child.type === 'link' && child.children.length === 1 && child.children[0]!.type === 'image') images.push(child.children[0])
    else return undefined
  }
  return images.length > 0 ? images : undefined
}

/** An image's alt text (or its title when it has none), mapped into the input. */
function altText(input: string, image: Image): MappedText {
  const start = image.position?.start.offset ?? 0
  const end = image.position?.end.offset ?? start
  const raw = input.slice(start, end)
  const alt = (image.alt ?? '').replace(/\s+/g, ' ').trim()
  if (alt) {
    const from = start + 2
    const close = raw.lastIndexOf('](')
    const rawAlt = input.slice(from, close > 0 ? start + close : end)
    return fromValue(image.alt ?? '', rawAlt, from)
  }
  const title = image.title ?? ''
  const at = title ? raw.lastIndexOf(title) : -1
  return fromValue(title, at >= 0 ? title : '', at >= 0 ? start + at : start)
}

/** A {@link MappedText} for a value decoded from `raw` (trimmed, white space collapsed). */
function fromValue(value: string, raw: string, from: number): MappedText {
  const map = raw ? decodedOffsets(raw, value, from) : new Array<number>(value.length + 1).fill(from)
  const chars: string[] = []
  const offsets: number[] = []
  let end = from
  let pending: number | undefined
  for (let index = 0; index < value.length; index++) {
    const char = value.charAt(index)
    if (/\s/.test(char)) {
      if (chars.length > 0 && pending === undefined) pending = map[index]!
      continue
    }
    if (pending !== undefined) {
      chars.push(' ')
      offsets.push(pending)
      pending = undefined
    }
    chars.push(char)
    offsets.push(map[index]!)
    end = map[index + 1]!
  }
  const start = offsets[0] ?? from
  return {text: chars.join(''), start, end: chars.length > 0 ? end : start, offsetAt: (index) => (index >= offsets.length ? end : offsets[Math.max(0, index)]!)}
}
