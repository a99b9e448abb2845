import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'

// Invented story sentences, each long enough to be prose.
const story = [
  'The ferry to the outer islands ran again on Sunday after a week of storms kept it in the harbour.',
  'Islanders had waited on the quay since dawn, some with crates of eggs and others with a bicycle.',
  'The captain said the crossing was rough but safe, and that the timetable would be back to normal.',
  'A second boat will join the service in spring, once the new landing stage is finished on the north shore.',
  'Shops on the main island ran short of milk and bread by Thursday, and the school closed for two days.',
  'The harbour master thanked the crews who checked the moorings through the night at the height of the gale.',
  'Fishermen on the west coast lost two days at sea, and some of them say the season is now half over.',
  'Forecasters expect calmer weather for the rest of the month, with light winds from the south and some sun.'
]
// A box of short paragraphs elsewhere on the page: more <p> than a story written without them.
const others = ['Ana Lowe, editor of the Courier', 'Tom Reed, our harbour reporter']

const page = (body: string) => `<!doctype html><html lang="en"><head><title>Ferry runs again</title></head><body>
<header><a href="/">Island Courier</a></header>
<h1>Ferry runs again after the storms</h1>
${body}
<div class="staff"><p>${others[0]}</p><p>${others[1]}</p></div>
</body></html>`

const paragraphsOf = (html: string) => parseArticle(html, {format: 'html'}).sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text))

describe('HTML body finding', () => {
  // [case, the story's markup, the paragraphs read]
  const rows: Array<[string, string, string[]]> = [
    ['paragraphs split by <br><br>', `<div itemprop="articleBody">${story.join('<br><br>\n')}</div>`, story],
    ['bare text beside a photo', `<div class="text">${story[0]}<br><br><img src="a.jpg">${story.slice(1, -1).join('<br> <br>')}<br><br>${story.at(-1)}</div>`, story],
    ['one <div> per paragraph', `<div class="body">${story.map((text) => `<div>${text}</div>`).join('')}</div>`, story],
    ['loose text between paragraphs', `<div class="body"><p>${story[0]}</p>${story[1]}<p>${story[2]}</p>\n${story[3]}\n${story.slice(4).map((text) => `<p>${text}</p>`).join('')}</div>`, story],
    ['the whole story inside one <form>', `<form action="/post" method="post"><div class="body">${story.map((text) => `<p>${text}</p>`).join('')}</div></form>`, story],
    ['a story inside an element named as furniture', `<div class="main has-sidebar">${story.map((text) => `<p>${text}</p>`).join('')}</div>`, story],
    ['a short label beside blocks is no paragraph', `<div class="body"><p>${story[0]}</p>Pros<p>${story[1]}</p>14${story.slice(2).map((text) => `<p>${text}</p>`).join('')}</div>`, story]
  ]
  it.each(rows)('%s', (_, body, expected) => {
    expect(paragraphsOf(page(body))).toEqual(expected)
  })

  it('gives every paragraph split at <br><br> the source of its own text', () => {
    const html = page(`<div itemprop="articleBody">${story.join('<br><br>')}</div>`)
    const paragraphs = parseArticle(html, {format: 'html'}).sections.flatMap((section) => section.paragraphs)
    for (const [index, paragraph] of paragraphs.entries()) {
      expect(html.slice(paragraph.position.start.offset, paragraph.position.end.offset)).toBe(story[index])
    }
  })
})

describe('HTML hidden content', () => {
  const copy = story.map((text) => `<p>${text}</p>`).join('')
  // [case, markup after the story, text that must not be read]
  const rows: Array<[string, string, string]> = [
    ['an inline display:none copy', `<div style="color: grey; display:none">${copy}<span>2021-04-02T10:15:00+02:00</span></div>`, '2021-04-02'],
    ['visibility: hidden', '<div style="visibility: hidden !important"><p>A hidden note about the night shift at the harbour office.</p></div>', 'hidden note'],
    ['the hidden attribute', '<div hidden><p>A hidden note about the night shift at the harbour office.</p></div>', 'hidden note'],
    ['a <template>', '<template><p>A template note about the night shift at the harbour office.</p></template>', 'template note'],
    ['a <noscript> copy', '<noscript><p>A noscript note about the night shift at the harbour office.</p></noscript>', 'noscript note']
  ]
  it.each(rows)('%s is not read', (_, hidden, text) => {
    const paragraphs = paragraphsOf(page(`<div class="body">${copy}${hidden}</div>`))
    expect(paragraphs).toEqual(story)
    expect(paragraphs.join(' ')).not.toContain(text)
  })

  it('keeps a hidden region that holds the whole story (a page shown by its scripts)', () => {
    expect(paragraphsOf(page(`<div class="body" style="display:none">${copy}</div>`))).toEqual(story)
  })
})

describe('HTML code blocks', () => {
  const copy = story.map((text) => `<p>${text}</p>`).join('')
  // [case, markup after the story's paragraphs, paragraphs read after the story]
  const rows: Array<[string, string, string[]]> = [
    ['a <pre><code> block is no paragraph', '<pre><code>const ferry = load(&quot;timetable.json&quot;);\nferry.sail();</code></pre>', []],
    ['a <pre> of highlighted lines is no paragraph', '<pre class="language-sh"><span class="token">$ ferry --route north</span><br><span>$ ferry --status</span></pre>', []],
    ['inline <code> stays in its sentence', '<p>The office runs <code>ferry --status</code> every morning to check the boats.</p>', ['The office runs ferry --status every morning to check the boats.']]
  ]
  it.each(rows)('%s', (_, markup, expected) => {
    expect(paragraphsOf(page(`<div class="body">${copy}${markup}</div>`))).toEqual([...story, ...expected])
  })

  it('reads a page set in one <pre> (a plain-text story) as its story', () => {
    expect(paragraphsOf(page(`<div class="body"><pre>${story.join('\n\n')}</pre></div>`)).join(' ')).toContain(story[3])
  })
})

describe('HTML tables', () => {
  const table = `<table><caption>Crossings this week</caption><tr><th>Day</th><th>Sailings</th></tr><tr><td>Monday</td><td>none</td></tr><tr><td>Sunday</td><td><b>3</b> &amp; a late boat</td></tr></table>`
  // [case, markup, paragraphs read from the table]
  const rows: Array<[string, string, string[]]> = [
    ['a data table is read row by row', table, ['Crossings this week', 'Day | Sailings', 'Monday | none', 'Sunday | 3 & a late boat']],
    ['a layout table is read block by block', `<table><tr><td><p>${others[0]}</p></td><td><p>${others[1]}</p></td></tr></table>`, others],
    ['a table of one row is read cell by cell', `<table><tr><td>${others[0]}</td><td>${others[1]}</td></tr></table>`, others],
    [
      'a data table with each value in a block of its own (pasted from an editor) is read row by row',
      '<table><tr><td><div><span>Day</span></div></td><td><div><span>Sailings</span></div><div>(late boats)</div></td></tr><tr><td><div><span>Monday</span></div></td><td><div><span>none</span></div></td></tr></table>',
      ['Day | Sailings (late boats)', 'Monday | none']
    ],
    [
      'a layout table of lists is read block by block',
      `<table><tr><td><ul><li>${others[0]}</li></ul></td></tr><tr><td><ul><li>${others[1]}</li></ul></td></tr></table>`,
      others
    ],
    [
      'a layout table of long text is read block by block',
      `<table><tr><td><div>${story[0]}</div><div>${story[1]}</div><div>${story[2]}</div><div>${story[3]}</div></td></tr><tr><td><div>${others[0]}</div></td></tr></table>`,
      [...story.slice(0, 4), others[0]!]
    ]
  ]
  it.each(rows)('%s', (_, markup, expected) => {
    const paragraphs = paragraphsOf(page(`<div class="body">${story.map((text) => `<p>${text}</p>`).join('')}${markup}</div>`))
    expect(paragraphs).toEqual([...story, ...expected])
  })
})

describe('HTML furniture recognised from structure', () => {
  const copy = story.map((text) => `<p>${text}</p>`).join('')
  const teaser = (href: string, title: string, lede: string) => `<div class="card"><img src="t.jpg"><h4><a href="${href}">${title}</a></h4><p>${lede}</p><p>3 May</p></div>`
  const teasers = `<div class="more">${teaser('/bridge', 'Bridge repairs start next week', 'Work on the old stone bridge begins on Monday and will take most of the summer to finish.')}${teaser('/school', 'School reopens after the storm', 'Pupils went back to class on Friday after the roof of the gym was mended by volunteers.')}${teaser('/market', 'Market moves to the quay', 'The weekly market will be held on the quay while the square is dug up for new drains.')}</div>`
  // [case, markup after the story's paragraphs, text that must not be read]
  const rows: Array<[string, string, string]> = [
    ['a list of teasers (linked titles with ledes)', teasers, 'stone bridge'],
    ['an aria-hidden copy', `<div aria-hidden="true"><p>A screen copy of the note about the night shift at the harbour office.</p></div>`, 'screen copy'],
    ['a widget title with nothing after it', '<div class="widget"><h3>Enjoyed this?</h3></div>', 'Enjoyed'],
    ['the headline repeated as a block', '<p>Ferry runs again after the storms</p>', 'Ferry runs again'],
    ['share and comment counters', '<div><span>0 shares</span></div><p>1.2k Shares</p><p>14 Comments</p>', 'hares'],
    ['a chart\'s labels with no letters', '<div class="chart"><div>$915</div><div>600</div><div>’17</div><div>’28</div></div>', '$915'],
    ['a caption repeated as a paragraph', '<figure><img src="g.jpg"><figcaption>The quay at dawn on the first morning of sailings.</figcaption></figure><p>The quay at dawn on the first morning of sailings.</p>', 'The quay at dawn']
  ]
  const blocksOf = (html: string) => parseArticle(html, {format: 'html'}).sections.flatMap((section) => [...(section.heading ? [section.heading.text] : []), ...section.paragraphs.map((paragraph) => paragraph.text)])
  it.each(rows)('%s is not read', (_, markup, text) => {
    const blocks = blocksOf(page(`<div class="body">${copy}${markup}</div>`))
    expect(blocks).toEqual(story)
    expect(blocks.join(' ')).not.toContain(text)
  })

  // [case, the story's markup, paragraphs read]
  const kept: Array<[string, string, string[]]> = [
    ['sections with anchor headings are no teasers', `<div class="body"><section><h2><a href="#one">Morning</a></h2><p>${story[0]}</p></section><section><h2><a href="#two">Evening</a></h2><p>${story[1]}</p></section>${story.slice(2).map((text) => `<p>${text}</p>`).join('')}</div>`, story],
    ['sections with long text under linked headings are no teasers', `<div class="body"><div><h2><a href="/a">Morning</a></h2>${story.slice(0, 4).map((text) => `<p>${text}</p>`).join('')}</div><div><h2><a href="/b">Evening</a></h2>${story.slice(4).map((text) => `<p>${text}</p>`).join('')}</div></div>`, story]
  ]
  it.each(kept)('%s', (_, body, expected) => {
    expect(paragraphsOf(page(body))).toEqual(expected)
  })
})

describe('HTML section headings', () => {
  const headingsOf = (html: string) => parseArticle(html, {format: 'html'}).sections.flatMap((section) => (section.heading ? [section.heading.text] : []))
  // [case, the story's markup, headings read]
  const rows: Array<[string, string, string[]]> = [
    ['an <h1> after the first paragraph heads a section', `<div class="body"><p>${story[0]}</p><h1>On the quay</h1>${story.slice(1).map((text) => `<p>${text}</p>`).join('')}</div>`, ['On the quay']],
    ['an <h1> before any paragraph is no section heading', `<div class="body"><h1>Island Courier weekly</h1>${story.map((text) => `<p>${text}</p>`).join('')}</div>`, []],
    [
      'a heading that links away heads a section when prose follows it (a ranked list, a weekly edition)',
      `<div class="body"><p>${story[0]}</p><h2>3) <a href="/reviews/north-shore">North Shore</a></h2><p>${story[1]}</p><p>${story[2]}</p><p>${story[3]}</p><h2>2) <a href="/reviews/outer-islands">Outer Islands</a></h2><p>${story[4]}</p><p>${story[5]}</p><p>${story[6]}</p></div>`,
      ['3) North Shore', '2) Outer Islands']
    ],
    [
      'a heading that links away over one short lede is a teaser, not a section',
      `<div class="body">${story.slice(0, 6).map((text) => `<p>${text}</p>`).join('')}<h3><a href="/news/bridge">Bridge plan delayed</a></h3><p>The vote moves to May.</p><p>${story[6]}</p><h2>Next week</h2><p>${story[7]}</p></div>`,
      ['Next week']
    ]
  ]
  it.each(rows)('%s', (_, body, expected) => {
    expect(headingsOf(page(body))).toEqual(expected)
  })

  it.each(['<h3>Islands</h3>', '<h3><a href="/islands">Islands</a></h3>'])('takes no heading above the headline (a kicker) as a section heading: %s', (kicker) => {
    const html = `<!doctype html><html lang="en"><head><title>Ferry runs again after the storms</title></head><body>
<article>${kicker}<h1>Ferry runs again after the storms</h1>${story.slice(0, 4).map((text) => `<p>${text}</p>`).join('')}<h2>On the quay</h2>${story.slice(4).map((text) => `<p>${text}</p>`).join('')}</article>
</body></html>`
    const article = parseArticle(html, {format: 'html'})
    expect(article.headline?.text).toBe('Ferry runs again after the storms')
    expect(headingsOf(html)).toEqual(['On the quay'])
  })
})
