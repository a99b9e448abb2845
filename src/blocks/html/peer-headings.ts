import type {StoryBlock} from './collect-blocks.js'

/**
 * Which headings of a story have a peer later in it: a heading of the same
 * tag and class names. A standfirst set as a heading stands alone; a heading
 * with peers is the first of the story's section headings (a page whose
 * description repeats its first heading). One pass over the blocks; each
 * question after it is answered at once.
 *
 * @returns Whether the block at an index is a heading with a later peer.
 * @example
 *   // blocks: heading h2 "Why it matters", paragraph, heading h2 "Who voted"
 *   peerHeadings(blocks)(0) // → true
 */
export function peerHeadings(blocks: readonly StoryBlock[]): (index: number) => boolean {
  const last = new Map<string, number>()
  for (const [index, block] of blocks.entries()) if (block.outline !== undefined) last.set(block.outline, index)
  return (index) => last.get(blocks[index]?.outline!)! > index
}
