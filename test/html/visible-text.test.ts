import type {Element} from 'hast'
import {describe, expect, it} from 'vitest'
import {parseTree} from '../../src/blocks/html/parse-tree.js'
import {visibleText} from '../../src/blocks/html/visible-text.js'

/** The first element of the page's body. */
function elementOf(html: string): Element {
  const page = parseTree(`<!doctype html><body>${html}</body>`).children.find((child): child is Element => child.type === 'element')!
  const body = page.children.find((child): child is Element => child.type === 'element' && child.tagName === 'body')!
  return body.children.find((child): child is Element => child.type === 'element')!
}

describe('visibleText', () => {
  // [case, markup, visible characters]
  const rows: Array<[string, string, number]> = [
    ['letters, not spaces', '<p>a b\u00a0c</p>', 3],
    ['nested inline text', '<p>ab <b>c<i>d</i></b></p>', 4],
    ['scripts and styles aside', '<div>ab<script>var x = 1</script><style>p{}</style></div>', 2],
    ['an empty element', '<div> </div>', 0]
  ]
  it.each(rows)('%s', (_, html, count) => expect(visibleText(elementOf(html))).toBe(count))
  it('walks any depth', () => expect(visibleText(elementOf(`${'<span>'.repeat(20_000)}x${'</span>'.repeat(20_000)}`))).toBe(1))
})
