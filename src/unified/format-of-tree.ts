import type {Node} from 'unist'
import type {InputFormat} from '../types.js'

/**
 * Tell which parser made a syntax tree: nlcst (`retext-english`) → `'text'`,
 * hast (`rehype-parse`) → `'html'`, mdast (`remark-parse`) → `'markdown'`;
 * `'auto'` when the tree does not say (an empty root).
 */
export function formatOfTree(tree: Node): InputFormat {
  if (tree.type === 'RootNode') return 'text'
  const children = (tree as Node & {children?: readonly Node[]}).children ?? []
  for (const child of children) {
    if (child.type === 'element' || child.type === 'doctype') return 'html'
    if (child.type !== 'text' && child.type !== 'comment') return 'markdown'
  }
  return 'auto'
}
