import {describe, expect, it} from 'vitest'
import type {Nodes} from 'hast'
import {parseTree} from '../../src/blocks/html/parse-tree.js'

describe('parseTree', () => {
  it('builds a tree nested far deeper than a recursive builder survives, positions kept', {timeout: 60_000}, () => {
    const depth = 20_000
    const input = `${'<div>'.repeat(depth)}deep text${'</div>'.repeat(depth)}`
    let node: Nodes = parseTree(input)
    let levels = 0
    while ('children' in node && node.children.length > 0) {
      node = node.children.at(-1)!
      levels++
    }
    // html, body and the divs.
    expect(levels).toBe(depth + 3)
    expect(node.type === 'text' && node.value).toBe('deep text')
    expect(input.slice(node.position!.start.offset, node.position!.end.offset)).toBe('deep text')
  })

  it('cuts a text node where the parser ignored something inside it', () => {
    const input = '<p>met</span> Jane</p>'
    const texts: string[] = []
    const stack: Nodes[] = [parseTree(input)]
    while (stack.length > 0) {
      const node = stack.pop()!
      if (node.type === 'text') texts.push(input.slice(node.position!.start.offset, node.position!.end.offset))
      if ('children' in node) stack.push(...[...node.children].reverse())
    }
    expect(texts).toEqual(['met', ' Jane'])
  })
})
