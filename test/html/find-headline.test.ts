import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'

const story = `<div class="story">
<p>The hillside orchard above Wenbrook welcomed its first volunteer pickers on Saturday, after a wet spring.</p>
<p>More than two hundred people signed up in a week, the owners said, far more than they had hoped for.</p>
<p>Pickers were paid in apples and a bottle of last year's cider for every full crate they carried down.</p>
</div>`
const page = (head: string, top: string) =>
  `<!doctype html><html><head>${head}</head><body><header>${top.includes('logo') ? top : ''}</header><main><article>${top.includes('logo') ? '' : top}${story}</article></main></body></html>`

describe('HTML headline', () => {
  // [case, <head> markup, markup above the story, headline]
  const rows: Array<[string, string, string, string]> = [
    [
      'an <h1> the titles agree with',
      '<meta property="og:title" content="Cider orchard opens its gates to pickers">',
      '<h1>Cider orchard opens its gates to pickers</h1><h2>Volunteers came from three valleys</h2>',
      'Cider orchard opens its gates to pickers'
    ],
    [
      'an <h2> the titles agree with, under an <h1> naming the site',
      '<title>Cider orchard opens its gates to pickers | Orchard Weekly</title>',
      '<div class="logo"><h1>Orchard Weekly</h1></div><h2>Cider orchard opens its gates to pickers</h2>',
      'Cider orchard opens its gates to pickers'
    ],
    [
      'an <h1> for screen readers only is passed over',
      '<title>Cider orchard opens its gates to pickers | Orchard Weekly</title>',
      '<h1 class="visually-hidden">Orchard Weekly</h1>',
      'Cider orchard opens its gates to pickers'
    ],
    ['an <h1> and no metadata', '', '<h1>Cider orchard opens its gates</h1>', 'Cider orchard opens its gates']
  ]
  it.each(rows)('%s', (_, head, top, headline) => {
    const article = parseArticle(page(head, top), {format: 'html'})
    expect(article.headline?.text).toBe(headline)
    // The headline is not read again as a section heading.
    expect(article.sections.flatMap((section) => (section.heading ? [section.heading.text] : []))).not.toContain(headline)
  })
})
