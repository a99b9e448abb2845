import type {Image, Nodes, Paragraph, Root, RootContent} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import type {Locator} from '../../locate.js'
import {readByline} from '../../structure/find-byline.js'
import {assembleArticle, placed, type MarkedArticle, type PlacedText} from '../html/assemble-article.js'
import type {StoryBlock} from '../html/collect-blocks.js'
import type {MappedText} from '../mapped-text.js'
import {createMappedTextBuilder} from '../mapped-text.js'
import {findPullQuotes, type PullQuote} from './find-pull-quote.js'
import {imageCredit} from './image-credit.js'
import {inlineText} from './inline-text.js'
import {chunkSize, markdownChunks} from './markdown-chunks.js'
import {findMarkdownRisk} from './markdown-risk.js'
import {readFrontMatter} from './read-front-matter.js'
import {readPlainBlocks} from './read-plain-blocks.js'
import {createSourceRuns, type SourceRuns} from './source-runs.js'

/**
 * Read a Markdown article: the first `#` heading is the headline, `##` and
 * deeper headings open sections, images give captions from their alt (or
 * title) text, as does an all-emphasis line right under an image, block
 * quotes and list items give paragraphs. Emphasis, links and code marks are
 * stripped from the text; positions point into the Markdown, each character
 * at the place micromark read it from.
 *
 * Right under the headline, a `By …` line is the byline and an all-emphasis
 * line the standfirst.
 *
 * Input micromark would read in more than linear time (see
 * `findMarkdownRisk`) is read as plain blocks instead, with a
 * `markdown-read-as-text` message. Walks the tree with an explicit stack, so
 * nesting depth is limited only by memory. A long document is parsed in
 * pieces of about `size` characters cut where they read the same apart (see
 * {@link markdownChunks}), so the parser's working set stays that size.
 *
 * @param size How long a piece to parse at once, at least (tests lower it).
 */
export function readMarkdownArticle(input: string, locator: Locator, size: number = chunkSize): MarkedArticle & {readonly pullQuotes: readonly PullQuote[]} {
  const risk = findMarkdownRisk(input)
  if (risk) return {...readPlainBlocks(input, locator, risk), pullQuotes: []}
  // Front matter gives the fields the body does not: its title is the headline when no `#` heading is.
  // Its body is the input with the front matter blanked, so offsets stay the input's.
  const front = readFrontMatter(input)
  const body = front?.body ?? input
  // A long document is read piece by piece, so only one piece's events and tree are held at a time.
  const starts = markdownChunks(body, size)
  const pieces = starts.map((start, index) => [start, starts[index + 1] ?? body.length] as const)
  const lineAt = lineCounter(body)
  const read = ([from, to]: readonly [number, number]) => readPiece(body, from, to, lineAt(from))
  const hasHeadline = (tree: Root) => tree.children.some((node) => node.type === 'heading' && node.depth === 1)
  let piece = read(pieces[0]!)
  let sources = piece.sources
  const blocks: StoryBlock[] = []
  const pullQuotes: PullQuote[] = []
  // Front matter's title is the headline when no piece has a `#` heading (each is read once more to know).
  const titled = front?.title && !hasHeadline(piece.tree) && !pieces.slice(1).some((next) => hasHeadline(read(next).tree))
  let headline: PlacedText | undefined = titled ? front.title : undefined
  let dek: PlacedText | undefined = front?.dek
  let byline: (PlacedText & {readonly authors: readonly string[]}) | undefined = front?.byline
  let afterImage = false
  let storyBlocks = 0

  const visit = (node: RootContent, quoted: boolean, stack: Array<[RootContent, boolean]>): void => {
    const wasAfterImage = afterImage
    afterImage = false
    switch (node.type) {
      case 'heading': {
        const text = inlineText(node.children, offsetOf(node), sources)
        if (!text.text) return
        if (node.depth === 1 && !headline) headline = placed(text)
        else push({kind: 'heading', text})
        return
      }
      case 'paragraph': {
        const images = imagesOnly(node)
        if (images) {
          for (const image of images) {
            const text = altText(input, image, sources)
            const credit = imageCredit(image)
            if (text.text) push(credit ? {kind: 'caption', text, credit} : {kind: 'caption', text})
          }
          afterImage = images.length > 0
          return
        }
        const text = inlineText(node.children, offsetOf(node), sources)
        if (!text.text) return
        const emphasised = node.children.length === 1 && node.children[0]!.type === 'emphasis'
        if (emphasised && wasAfterImage) {
          push({kind: 'caption', text})
          return
        }
        const nothingYet = headline !== undefined && storyBlocks === 0
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
        push(quoted ? {kind: 'paragraph', text, quoted} : {kind: 'paragraph', text})
        return
      }
      case 'blockquote':
        for (let index = node.children.length - 1; index >= 0; index--) stack.push([node.children[index]!, true])
        return
      case 'list':
        for (let item = node.children.length - 1; item >= 0; item--) {
          const children = node.children[item]!.children
          for (let index = children.length - 1; index >= 0; index--) stack.push([children[index]!, quoted])
        }
        return
      default:
    }
  }
  const push = (block: StoryBlock): void => {
    blocks.push(block)
    if (block.kind !== 'caption') storyBlocks++
  }
  for (let index = 0; index < pieces.length; index++) {
    if (index > 0) {
      piece = read(pieces[index]!)
      sources = piece.sources
    }
    const {tree} = piece
    // Depth first, in document order, with an explicit stack.
    const stack: Array<[RootContent, boolean]> = []
    for (let child = tree.children.length - 1; child >= 0; child--) stack.push([tree.children[child]!, false])
    while (stack.length > 0) {
      const [node, quoted] = stack.pop()!
      visit(node, quoted, stack)
    }
    for (const found of findPullQuotes(input, tree, sources)) pullQuotes.push(found)
  }

  return {
    ...assembleArticle({...(headline ? {headline} : {}), ...(dek ? {dek} : {}), ...(byline ? {byline} : {}), ...(front?.published ? {published: front.published} : {}), blocks}, locator),
    pullQuotes
  }
}

/** Parse `body.slice(from, to)` (a piece that starts line `line`) into a tree whose positions point into `body`. */
function readPiece(body: string, from: number, to: number, line: number): {readonly tree: Root; readonly sources: SourceRuns} {
  // micromark drops a leading byte order mark and counts offsets from after it.
  const base = from + (body.charCodeAt(from) === 0xfeff ? 1 : 0)
  const sources = createSourceRuns(base)
  const tree: Root = fromMarkdown(body.slice(base, to), {mdastExtensions: [sources.extension]})
  if (base) shiftPositions(tree, base, line - 1, base - from)
  return {tree, sources}
}

function offsetOf(node: Nodes): number {
  return node.position?.start.offset ?? 0
}

/** The 1-based line of an offset of `text` (lines end at LF, CR LF or CR, as micromark counts them), for offsets asked in increasing order (counting starts over when one is not). */
function lineCounter(text: string): (offset: number) => number {
  let at = 0
  let line = 1
  return (offset) => {
    if (offset < at) {
      at = 0
      line = 1
    }
    for (; at < offset; at++) {
      const code = text.charCodeAt(at)
      if (code === 10 || (code === 13 && text.charCodeAt(at + 1) !== 10)) line++
    }
    return line
  }
}

/**
 * Move every position of the tree `base` characters and `lines` lines on (a
 * piece read apart, a byte order mark cut off before parsing); a point on the
 * piece's first line moves `columns` columns on.
 */
function shiftPositions(tree: Root, base: number, lines: number, columns: number): void {
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.position) {
      for (const point of [node.position.start, node.position.end]) {
        if (point.offset !== undefined) point.offset += base
        if (point.line === 1) point.column += columns
        point.line += lines
      }
    }
    if ('children' in node) for (const child of node.children) stack.push(child)
  }
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

/** An image's alt text, from the phrasing it was written in (or its title when it has none), mapped into the input. */
function altText(input: string, image: Image, sources: SourceRuns): MappedText {
  const start = image.position?.start.offset ?? 0
  const alt = sources.altOf(image)
  if (alt && (image.alt ?? '').trim()) return inlineText(alt, start, sources)
  return titleText(input, image, start)
}

/** An image's title (`![](photo.jpg "The title")`), mapped onto where it is written, when written plainly. */
function titleText(input: string, image: Image, start: number): MappedText {
  const builder = createMappedTextBuilder(start)
  const title = image.title ?? ''
  const end = image.position?.end.offset ?? start
  // The title is the last quoted part of the image; when escapes or references make it differ from its source, it has no exact place.
  const within = title ? input.slice(start, end).lastIndexOf(title) : -1
  const at = start + within
  if (within > 0) {
    for (let index = 0; index < title.length; index++) {
      const char = title.charAt(index)
      if (/\s/.test(char)) builder.boundary(at + index)
      else builder.push(char, at + index, at + index + 1)
    }
  }
  return builder.finish()
}
