import {fromHtml} from 'hast-util-from-html'
import type {Element} from 'hast'
import {describe, expect, it} from 'vitest'
import {isCommentList} from '../../src/blocks/html/is-comment-list.js'
import {parseArticle} from '../../src/index.js'

const elementOf = (html: string): Element => fromHtml(html, {fragment: true}).children.find((child): child is Element => child.type === 'element')!
const names = ['Mia Berg', 'Tom Hale', 'Ida Roy', 'Sam Pike', 'Lea Fox']
const said = 'I took that boat last year and the crossing was long but lovely.'
const comment = (name: string, index: number) => `<li><div><cite>${name}</cite> on <time datetime="2024-05-0${index + 1}">May ${index + 1}</time></div><p>${said} My crossing number ${index + 1}.</p><a href="#reply">Reply</a></li>`
const entry = (index: number, author = 'Ana Lowe') =>
  `<article><time datetime="2024-05-02T0${index}:00">0${index}:00</time> <span itemprop="author">${author}</span><p>The ferry has left the harbour and is halfway across the strait, ${index} hours out.</p></article>`

describe('isCommentList', () => {
  // [case, markup, a comment section]
  const rows: Array<[string, string, boolean]> = [
    ['comments signed by different people, each with a time', `<ol>${names.map(comment).join('')}</ol>`, true],
    ['times written as text, avatars as authors', `<div>${names.map((name, index) => `<div><img class="avatar" src="/u/${index}.png" alt="${name}"> ${name} · 9:4${index}<p>${said}</p></div>`).join('')}</div>`, true],
    [
      'header lines "<name> on <date> said:", no author markup',
      `<ol>${names.map((name, index) => `<li><div><b>${name}</b> on 2 May at 9:4${index} am said:</div><p>${said}</p><a href="#r">Reply</a></li>`).join('')}</ol>`,
      true
    ],
    ['header lines in another language ("<name> schrieb:")', `<div>${names.map((name, index) => `<div><p>${name} am 2. Mai um 9.4${index} schrieb:</p><p>${said}</p></div>`).join('')}</div>`, true],
    ['header lines all from one name (one reporter\'s updates)', `<ol>${names.map((_, index) => `<li><div>Ana Lowe at 9:4${index} said:</div><p>${said}</p></li>`).join('')}</ol>`, false],
    ['a long line ending in "said:" is no header', `<ol>${names.map((name, index) => `<li><p>${name} told the harbour board at its meeting on the evening of 2 May at 9:4${index} and later said:</p><p>${said}</p></li>`).join('')}</ol>`, false],
    ['two comments are no section', `<ol>${names.slice(0, 2).map(comment).join('')}</ol>`, false],
    ['no times', `<ol>${names.map((name) => `<li><cite>${name}</cite><p>${said}</p></li>`).join('')}</ol>`, false],
    ['no authors', `<ol>${names.map((_, index) => `<li><time>9:4${index}</time><p>${said}</p></li>`).join('')}</ol>`, false],
    ["a live blog's entries from one reporter", `<div>${[1, 2, 3, 4, 5].map((index) => entry(index)).join('')}</div>`, false],
    [
      "a live blog's entries under headings",
      `<div>${names.map((name, index) => `<article><h3>Update ${index}</h3><time>0${index}:00</time> <cite>${name}</cite><p>${said}</p></article>`).join('')}</div>`,
      false
    ]
  ]
  it.each(rows)('%s', (_, markup, expected) => {
    expect(isCommentList(elementOf(markup))).toBe(expected)
  })
})

describe('comment sections in a page', () => {
  const post = 'The ferry to the outer islands ran again on Sunday after a week of storms kept it in the harbour.'
  const page = (body: string) => `<!doctype html><html lang="en"><head><title>Ferry back</title></head><body><h1>Ferry back</h1>${body}</body></html>`
  const paragraphsOf = (html: string) => parseArticle(html, {format: 'html'}).sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text))

  it('leaves out the comments under a short post, though they hold more text', () => {
    expect(paragraphsOf(page(`<div><p>${post}</p></div><div><ol>${names.map(comment).join('')}</ol></div>`))).toEqual([post])
  })

  it('leaves out comments known only by their header lines ("Maria on 2 May at 9:41 am said:", "Reply")', () => {
    const headed = names.map((name, index) => `<li><div><b>${name}</b> on 2 May at 9:4${index} am said:</div><p>${said} My crossing number ${index + 1}.</p><a href="#r">Reply</a></li>`)
    expect(paragraphsOf(page(`<div><p>${post}</p></div><ol>${headed.join('')}</ol>`))).toEqual([post])
  })

  it("keeps a live blog's entries inside the story", () => {
    expect(paragraphsOf(page(`<div><p>${post}</p>${[1, 2, 3, 4].map((index) => entry(index)).join('')}</div>`))).toHaveLength(5)
  })

  it('keeps a comment section that is all the page holds', () => {
    expect(paragraphsOf(page(`<ol>${names.map(comment).join('')}</ol>`))).toHaveLength(names.length * 2)
  })
})
