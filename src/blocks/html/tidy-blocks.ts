import type {StoryBlock} from './collect-blocks.js'
import {endsLikeProse} from '../../structure/text-shape.js'
import {splitCaptionCredit} from './split-caption-credit.js'

/** The fewest paragraphs under a linked heading that make it a section's heading. */
const minimumSectionParagraphs = 1
/** The fewest characters of those paragraphs. */
const minimumSectionProse = 150
/** A short line repeated this often in one story is a label of the page (`"Advertisement"`, `"Article content"`). */
const repeatedLabel = 3
// "Image: Jane Doe", "Photo credit: Jane Doe", "Picture: Supplied"
const creditLabel = /^(?:image|photo|photograph|picture)s?(?: credits?)? ?: ?(?=\S)/i
// "Image copyright Getty Images", "Image source, Reuters", "Photo credit Jane Doe": no colon, so no sentence either.
const creditWordLabel = /^(?:image|photo|photograph|picture)s? (?:credits?|copyright|source),? (?=\S)(?!.*[.!?]$)/i
/** The most characters of the credit after its label. */
const maximumCreditLength = 81

/**
 * Tidy the blocks of a story: drop short lines the page repeats as labels
 * (three times, or twice when they read as no sentence),
 * the headline repeated as a block of the body, a paragraph repeating a
 * caption of the story (a gallery's captions written out again) and headings
 * with no text after them (a widget's title, `"Like this:"`), and read a
 * paragraph under an image and followed by a credit line (`"Image: Jane Doe"`,
 * `"Image copyright Getty Images"`) as a photo caption with that credit; a
 * credit line standing alone is dropped.
 */
export function tidyBlocks(blocks: readonly StoryBlock[], headline?: string): StoryBlock[] {
  const paired: StoryBlock[] = []
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!
    if (block.linked && !headsProse(blocks, index)) continue
    const next = blocks[index + 1]
    const credit = next?.kind === 'paragraph' ? creditOf(next.text.text) : undefined
    if (block.kind === 'paragraph' && block.afterImage && credit !== undefined && creditOf(block.text.text) === undefined) {
      const {text} = splitCaptionCredit(block.text)
      paired.push({kind: 'caption', text, credit})
      index++
      continue
    }
    if (block.kind === 'paragraph' && creditOf(block.text.text) !== undefined) continue
    paired.push(block)
  }
  const counts = new Map<string, number>()
  for (const block of paired) if (block.text.text.length <= 80) counts.set(block.text.text, (counts.get(block.text.text) ?? 0) + 1)
  const captions = new Set(paired.filter((block) => block.kind === 'caption').map((block) => comparable(block.text.text)))
  const title = headline === undefined ? undefined : comparable(headline)
  const kept = paired.filter((block) => {
    if (block.kind === 'caption') return true
    const text = comparable(block.text.text)
    // A short line twice in the story that reads as no sentence is a label too (a chart's title in two sizes).
    if ((counts.get(block.text.text) ?? 0) >= (endsLikeProse(block.text.text) ? repeatedLabel : 2)) return false
    return text !== title && !captions.has(text)
  })
  // Headings after the last paragraph introduce nothing of the story.
  let end = kept.length
  while (end > 0 && kept[end - 1]!.kind === 'heading') end--
  return kept.slice(0, end).some((block) => block.kind === 'paragraph') ? kept.slice(0, end) : kept
}

/**
 * Whether a section of prose follows the heading at `index` before the next
 * heading: {@link minimumSectionParagraphs} paragraphs holding
 * {@link minimumSectionProse} characters. A teaser's linked title has a
 * short lede under it at most, a sentence; a linked section heading (a ranked
 * list's entries, a weekly edition's articles) has a section, one long
 * paragraph or more.
 */
function headsProse(blocks: readonly StoryBlock[], index: number): boolean {
  let paragraphs = 0
  let characters = 0
  for (let at = index + 1; at < blocks.length && blocks[at]!.kind !== 'heading'; at++) {
    if (blocks[at]!.kind !== 'paragraph') continue
    paragraphs++
    characters += blocks[at]!.text.text.length
  }
  return paragraphs >= minimumSectionParagraphs && characters >= minimumSectionProse
}

/** The credit a photo-credit line gives (`"Image copyright Getty Images"` → `"Getty Images"`), when the line is one. */
function creditOf(text: string): string | undefined {
  const label = creditLabel.exec(text) ?? creditWordLabel.exec(text)
  if (!label) return undefined
  const credit = text.slice(label[0].length)
  return credit.length <= maximumCreditLength ? credit : undefined
}

/** A text for comparing blocks: lower case, white space and end marks folded. */
function comparable(text: string): string {
  const folded = text.toLowerCase().replace(/\s+/gu, ' ')
  let end = folded.length
  while (end > 0 && ' .:!?…'.includes(folded[end - 1]!)) end--
  return folded.slice(0, end).trim()
}
