import type {StoryBlock} from './collect-blocks.js'

/**
 * Whether the heading at `index` has a peer later in the story: a heading of
 * the same tag and class names. A standfirst set as a heading stands alone;
 * a heading with peers is the first of the story's section headings (a
 * page whose description repeats its first heading).
 *
 * @example
 *   // blocks: heading h2 "Why it matters", paragraph, heading h2 "Who voted" → true for index 0
 */
export function hasPeerHeading(blocks: readonly StoryBlock[], index: number): boolean {
  const outline = blocks[index]?.outline
  if (blocks[index]?.kind !== 'heading' || outline === undefined) return false
  for (let at = index + 1; at < blocks.length; at++) if (blocks[at]!.kind === 'heading' && blocks[at]!.outline === outline) return true
  return false
}
