import type {InlineCode, Nodes, Text} from 'mdast'
import {createMappedTextBuilder, type MappedText} from '../mapped-text.js'
import type {SourceRuns} from './source-runs.js'

/**
 * Read the text of Markdown inline content with emphasis, strong, links and
 * code marks stripped and white space collapsed; every character keeps the
 * input offset it came from, as micromark read it (escapes, character
 * references and continuation-line prefixes included).
 *
 * Walks with an explicit stack, so any nesting depth is read.
 */
export function inlineText(nodes: readonly Nodes[], fallback: number, sources: SourceRuns): MappedText {
  const builder = createMappedTextBuilder(fallback)
  const stack: Nodes[] = []
  for (let index = nodes.length - 1; index >= 0; index--) stack.push(nodes[index]!)
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'text' || node.type === 'inlineCode') {
      const recorded = sources.offsetsOf(node)
      if (recorded) builder.add(node.value, recorded.starts, recorded.ends)
      else builder.add(node.value, spanOffsets(node, builder.end))
    } else if (node.type === 'break') {
      builder.boundary(node.position?.start.offset ?? builder.end)
    } else if ('children' in node) {
      const children = node.children as readonly Nodes[]
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!)
    }
  }
  return builder.finish()
}

/** Offsets for a node nothing was recorded for (an autolink's text): one to one from its start when as long as its span, else all at one place. */
function spanOffsets(node: Text | InlineCode, fallback: number): number[] {
  const length = node.value.length
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (start === undefined || end === undefined) return new Array<number>(length + 1).fill(fallback)
  if (end - start === length) return Array.from({length: length + 1}, (_, index) => start + index)
  const offsets = new Array<number>(length + 1).fill(start)
  offsets[length] = end
  return offsets
}
