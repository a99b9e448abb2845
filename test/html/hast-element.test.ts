import type {Element} from 'hast'
import {describe, expect, it} from 'vitest'
import {parseTree} from '../../src/blocks/html/parse-tree.js'

/** The first element named `tagName` in a parsed page. */
function first(html: string, tagName: string): Element {
  const stack = [...parseTree(html).children]
  while (stack.length > 0) {
    const node = stack.shift()!
    if (node.type !== 'element') continue
    if (node.tagName === tagName) return node
    stack.push(...node.children)
  }
  throw new Error(`no <${tagName}>`)
}

describe('hast elements from parse5', () => {
  // [case, markup, tag, the properties]
  const rows: Array<[string, string, string, Element['properties']]> = [
    ['class as tokens', '<div class=" story  lead\tmain ">x</div>', 'div', {className: ['story', 'lead', 'main']}],
    ['an empty class', '<div class="">x</div>', 'div', {className: []}],
    ['rel, itemprop and http-equiv as tokens', '<a rel="author nofollow" itemprop="author" href="/a">x</a>', 'a', {rel: ['author', 'nofollow'], itemProp: ['author'], href: '/a'}],
    ['http-equiv on a meta', '<meta http-equiv="refresh" content="5">', 'meta', {httpEquiv: ['refresh'], content: '5'}],
    ['hidden, empty', '<p hidden>x</p>', 'p', {hidden: true}],
    ['hidden, its own name in any case', '<p hidden="HIDDEN">x</p>', 'p', {hidden: true}],
    ['hidden until found stays a string', '<p hidden="until-found">x</p>', 'p', {hidden: 'until-found'}],
    ['datetime and aria-hidden under their hast names', '<time datetime="2024-05-01" aria-hidden="true">x</time>', 'time', {dateTime: '2024-05-01', ariaHidden: 'true'}],
    ['other attributes keep their names and values', '<img src="a.jpg" alt="Gulls" data-credit="Ana Ruiz">', 'img', {src: 'a.jpg', alt: 'Gulls', 'data-credit': 'Ana Ruiz'}],
    ['an attribute named after an Object method is left out', '<div constructor="x" id="main">x</div>', 'div', {id: 'main'}]
  ]
  it.each(rows)('%s', (_, html, tagName, properties) => {
    expect(first(`<!doctype html><body>${html}</body>`, tagName).properties).toEqual(properties)
  })

  it('places an element where its tags stand', () => {
    const html = '<!doctype html><body><p id="a">Gulls</p></body>'
    const {position} = first(html, 'p')
    expect(html.slice(position!.start.offset, position!.end.offset)).toBe('<p id="a">Gulls</p>')
  })

  it('gives an HTML template its content root, between its tags', () => {
    const html = '<!doctype html><body><template><p>Inside</p></template></body>'
    const template = first(html, 'template')
    expect(template.children).toEqual([])
    expect(template.content?.children.map((child) => child.type === 'element' && child.tagName)).toEqual(['p'])
    const {start, end} = template.content!.position!
    expect(html.slice(start.offset, end.offset)).toBe('<p>Inside</p>')
  })
})

// parse5 keeps only each element's span here; the end of one closed by its end tag, by another tag or by nothing must stay where it was.
describe('element spans', () => {
  // [case, markup inside <body>, tag, what the span covers]
  const rows: Array<[string, string, string, string]> = [
    ['closed by its end tag', '<div><b>Gulls</b> fly</div>', 'div', '<div><b>Gulls</b> fly</div>'],
    ['an inline element inside', '<div><b>Gulls</b> fly</div>', 'b', '<b>Gulls</b>'],
    ['a paragraph closed by the next one ends with its text', '<p>Gulls fly<p>Terns dive', 'p', '<p>Gulls fly'],
    ['a list item closed by the next one', '<ul><li>Gulls<li>Terns</ul>', 'li', '<li>Gulls'],
    ['attributes inside the start tag', '<section class="story" data-id="7"><p>Gulls fly.</p></section>', 'section', '<section class="story" data-id="7"><p>Gulls fly.</p></section>'],
    ['an element left open to the end of the page', '<article><p>Gulls fly.</p>', 'article', '<article><p>Gulls fly.</p>']
  ]
  it.each(rows)('%s', (_, markup, tagName, covered) => {
    const html = `<!doctype html><body>${markup}</body>`
    const {position} = first(html, tagName)
    expect(html.slice(position!.start.offset, position!.end.offset)).toBe(covered)
  })
})
