import type {Element} from 'hast'
import type {Locator} from '../../locate.js'
import {assembleArticle, placed, type MarkedArticle, type PlacedText} from './assemble-article.js'
import {collectBlocks} from './collect-blocks.js'
import {findDekHeading} from './find-dek-heading.js'
import {findHeadline} from './find-headline.js'
import {findNearHeadline} from './find-near-headline.js'
import {firstProseBlock} from './first-prose-block.js'
import {parseTree} from './parse-tree.js'
import {readMetadata} from './read-metadata.js'
import {tidyBlocks} from './tidy-blocks.js'
import {similarity} from './similarity.js'
import {findStoryRoot, scoreElements} from './score-elements.js'

/**
 * Read a whole news web page: find the story among menus, teasers and
 * footers, and take its headline, standfirst, byline and date from the page's
 * metadata (schema.org JSON-LD, Open Graph, `<meta name="author">`) where it
 * states them, from the content where not.
 *
 * Texts are decoded and white-space-collapsed; positions point into the HTML.
 */
export function readHtmlArticle(input: string, locator: Locator): MarkedArticle {
  const tree = parseTree(input, locator)
  const metadata = readMetadata(tree)
  const scores = scoreElements(tree)
  const root = findStoryRoot(scores)
  const storyStart = root?.position?.start.offset ?? input.length
  const headline = findHeadline(input, tree, metadata.titles, storyStart, root?.position?.end.offset ?? input.length)
  const from = headline?.start ?? 0
  const region = root ? {root, captionsFrom: from, ...(headline?.element ? {headline: headline.element} : {})} : undefined
  const blocks = region ? tidyBlocks(collectBlocks(input, tree, region, scores), headline?.text) : []

  const firstParagraph = blocks.find((block) => block.kind === 'paragraph')?.text
  const to = firstParagraph?.start ?? storyStart
  const descriptions = metadata.descriptions.map((entry) => entry.value)
  const near = findNearHeadline(input, tree, headline?.end ?? from, to, descriptions, Math.max(to, firstProseBlock(blocks)?.text.start ?? storyStart))

  // The standfirst: shown under the headline, else the page's description unless it only repeats the first paragraph.
  // A standfirst set as a heading at the top of the story, when none stands between the headline and the story.
  const shownDek = near.dek ?? findDekHeading(blocks, descriptions)
  let dek: PlacedText | undefined = shownDek ? placed(shownDek) : undefined
  const description = metadata.descriptions[0]
  if (!dek && description && !repeats(description.value, firstParagraph?.text)) {
    dek = metaPlaced(description.value, description.element)
  }
  // Neither the standfirst nor the byline (when the story's box holds it) is a paragraph of the story.
  const bylineAt = near.byline
  const storyBlocks = blocks.filter((block) => block.text.start !== shownDek?.start && !(bylineAt && block.text.start >= bylineAt.start && block.text.start < bylineAt.end))

  const authors = metadata.authors?.names
  let byline: (PlacedText & {authors?: readonly string[]}) | undefined
  if (near.byline) byline = {...placed(near.byline), ...(authors ? {authors} : {})}
  else if (metadata.authors) byline = {...metaPlaced(metadata.authors.names.join(', '), metadata.authors.element), authors: metadata.authors.names}

  const published = metadata.published
    ? metaPlaced(metadata.published.value, metadata.published.element)
    : near.time
      ? metaPlaced(near.time.value, near.time.element)
      : undefined

  return assembleArticle(
    {
      ...(headline ? {headline: {text: headline.text, start: headline.start, end: headline.end}} : {}),
      ...(dek ? {dek} : {}),
      ...(byline ? {byline} : {}),
      ...(published ? {published} : {}),
      blocks: storyBlocks,
      metadata: metadata.page
    },
    locator
  )
}

function metaPlaced(text: string, element: Element): PlacedText {
  return {text, start: element.position?.start.offset ?? 0, end: element.position?.end.offset ?? 0}
}

/** Whether a page description only repeats (the start of) the first paragraph. */
function repeats(description: string, paragraph: string | undefined): boolean {
  if (!paragraph) return false
  const head = description.replace(/(?:\.\.\.|…)\s*$/, '').trim()
  return paragraph.startsWith(head) || similarity(description, paragraph.slice(0, description.length + 20)) >= 0.8
}
