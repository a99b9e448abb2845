import type {Nodes, PhrasingContent} from 'mdast'
import {decodedOffsets} from '../html/decoded-offsets.js'
import {createMappedTextBuilder, type MappedText} from '../mapped-text.js'

/**
 * Read the text of Markdown inline content with emphasis, strong, links and
 * code marks stripped and white space collapsed; every character keeps the
 * input offset it came from (escapes and character references included).
 */
export function inlineText(input: string, nodes: readonly Nodes[], fallback: number): MappedText {
  const builder = createMappedTextBuilder(fallback)

  const visit = (node: Nodes): void => {
    const start = node.position?.start.offset
    const stop = node.position?.end.offset
    if (node.type === 'text') {
      builder.add(node.value, start === undefined || stop === undefined ? new Array<number>(node.value.length + 1).fill(builder.end) : decodedOffsets(input.slice(start, stop), node.value, start))
    } else if (node.type === 'inlineCode') {
      // The value sits inside the backticks.
      const raw = start === undefined || stop === undefined ? '' : input.slice(start, stop)
      const inner = raw.indexOf(node.value)
      const from = start === undefined ? builder.end : start + Math.max(0, inner)
      builder.add(node.value, Array.from({length: node.value.length + 1}, (_, index) => from + index))
    } else if (node.type === 'break') {
      builder.boundary(start ?? builder.end)
    } else if ('children' in node) {
      for (const child of node.children as PhrasingContent[]) visit(child)
    }
  }
  for (const node of nodes) visit(node)

  return builder.finish()
}
