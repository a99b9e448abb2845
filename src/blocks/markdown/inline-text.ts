import type {Nodes, PhrasingContent} from 'mdast'
import {decodedOffsets} from '../html/decoded-offsets.js'
import type {MappedText} from '../html/element-text.js'

const space = /\s/

/**
 * Read the text of Markdown inline content with emphasis, strong, links and
 * code marks stripped and white space collapsed; every character keeps the
 * input offset it came from (escapes and character references included).
 */
export function inlineText(input: string, nodes: readonly Nodes[], fallback: number): MappedText {
  const chars: string[] = []
  const offsets: number[] = []
  let end = fallback
  let pendingSpace: number | undefined

  const push = (char: string, offset: number, after: number): void => {
    if (pendingSpace !== undefined && chars.length > 0) {
      chars.push(' ')
      offsets.push(pendingSpace)
    }
    pendingSpace = undefined
    chars.push(char)
    offsets.push(offset)
    end = after
  }
  const add = (value: string, map: readonly number[]): void => {
    for (let index = 0; index < value.length; index++) {
      const char = value.charAt(index)
      if (space.test(char)) {
        if (chars.length > 0 && pendingSpace === undefined) pendingSpace = map[index]!
      } else {
        push(char, map[index]!, map[index + 1]!)
      }
    }
  }

  const visit = (node: Nodes): void => {
    const start = node.position?.start.offset
    const stop = node.position?.end.offset
    if (node.type === 'text') {
      add(node.value, start === undefined || stop === undefined ? new Array<number>(node.value.length + 1).fill(end) : decodedOffsets(input.slice(start, stop), node.value, start))
    } else if (node.type === 'inlineCode') {
      // The value sits inside the backticks.
      const raw = start === undefined || stop === undefined ? '' : input.slice(start, stop)
      const inner = raw.indexOf(node.value)
      const from = start === undefined ? end : start + Math.max(0, inner)
      add(node.value, Array.from({length: node.value.length + 1}, (_, index) => from + index))
    } else if (node.type === 'break') {
      if (chars.length > 0 && pendingSpace === undefined) pendingSpace = start ?? end
    } else if ('children' in node) {
      for (const child of node.children as PhrasingContent[]) visit(child)
    }
  }
  for (const node of nodes) visit(node)

  const text = chars.join('')
  const first = offsets[0] ?? fallback
  if (chars.length === 0) end = first
  return {text, start: first, end, offsetAt: (index) => (index >= offsets.length ? end : offsets[Math.max(0, index)]!)}
}
