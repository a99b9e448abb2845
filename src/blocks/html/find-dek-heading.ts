import type {MappedText} from '../mapped-text.js'
import type {StoryBlock} from './collect-blocks.js'
import {createTitleIndex} from './title-index.js'

/** How alike a heading and the page's description must be to be the same standfirst. */
const sameText = 0.7
/** The paragraphs of the story read before the standfirst is no longer looked for. */
const openingParagraphs = 2

/**
 * The standfirst written as a heading at the top of the story (an `<h2>` that
 * says what the page's description says, after a box that stands between it
 * and the headline): the first heading among the story's opening blocks as
 * alike a description as the standfirst under the headline would be.
 *
 * @example
 *   // description "Ferries ran again on Sunday after a week of storms."
 *   // blocks: heading "Ferries ran again on Sunday after a week of storms", paragraph … → that heading
 */
export function findDekHeading(blocks: readonly StoryBlock[], descriptions: readonly string[]): MappedText | undefined {
  if (descriptions.length === 0) return undefined
  const index = createTitleIndex(descriptions)
  let paragraphs = 0
  for (const block of blocks) {
    if (block.kind === 'paragraph' && ++paragraphs > openingParagraphs) return undefined
    if (block.kind === 'heading' && index.best(block.text.text) >= sameText) return block.text
  }
  return undefined
}
