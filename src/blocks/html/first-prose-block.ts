import {isProse} from '../../structure/text-shape.js'
import type {StoryBlock} from './collect-blocks.js'

/**
 * The story's first paragraph of running prose (see {@link isProse}): where
 * the lines under the headline end. Short lines before it (a byline kept in
 * the story's box, `"By Jane Doe, Harbour News"`, or a tool's label) are
 * still looked through for the byline, standfirst and date; with no prose
 * paragraph, the first paragraph.
 *
 * @example
 *   // paragraphs "Text size", "By Jane Doe", "Ferries ran again on Sunday after a week of storms." → the third
 */
export function firstProseBlock(blocks: readonly StoryBlock[]): StoryBlock | undefined {
  let first: StoryBlock | undefined
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue
    if (isProse(block.text.text)) return block
    first ??= block
  }
  return first
}
