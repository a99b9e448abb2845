import {parseHTML} from 'linkedom'
import {describe, expect, it} from 'vitest'
import {parseArticle, toHtml} from '../../src/index.js'
import type {Article, Block, Position, Quote} from '../../src/index.js'

// Invented articles only.
const story = `Share on Facebook

Harbour Bridge Reopens After Long Repairs

By Ana Lowe

PORTVILLE, Maine — The harbour bridge reopened on Monday after two years of repairs, the city council said.

“We are proud of the crews,” Mayor Tom Reed told reporters on the quay. “They worked through every winter.”

FILE - Workers paint the bridge in Portville, Maine, Jan. 5, 2024.

Residents called the reopening “long overdue” and the Portville Harbour Trust said traffic would ease.

“It cuts my drive in half,” said Lena Park, who runs a bakery near the bridge.
`

function page(html: string) {
  return parseHTML(html).document
}

type Node = ReturnType<typeof page>['body']

/** The text a reader sees in an element: tooltips left out, blocks apart. */
function seen(element: Node): string {
  const clone = element.cloneNode(true) as Node
  for (const tip of clone.querySelectorAll('.tip')) tip.remove()
  for (const block of clone.querySelectorAll('.part, .loose')) block.append(' ')
  return clone.textContent.replace(/\s+/g, ' ').trim()
}

function position(start: number, end: number): Position {
  return {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: end + 1, offset: end}}
}

function at(source: string, words: string, from = 0): Block {
  const start = source.indexOf(words, from)
  if (start < 0) throw new Error(`no ${words} in the test source`)
  return {text: words, position: position(start, start + words.length)}
}

function article(parts: Partial<Article>): Article {
  return {captions: [], sections: [], credits: [], boilerplate: [], quotes: [], speakers: [], entities: [], messages: [], lang: 'en', ...parts}
}

describe('toHtml', () => {
  const parsed = parseArticle(story)
  const html = toHtml(parsed, story)
  const document = page(html)
  const source = document.querySelector('.source')!

  it('is one page with landmarks, inline style, a strict CSP and no script', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(document.querySelectorAll('header, main, aside').length).toBe(3)
    expect(document.querySelector('html')!.getAttribute('lang')).toBe('en')
    expect(document.querySelectorAll('script, link, img').length).toBe(0)
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toContain("default-src 'none'")
    expect(document.querySelector('title')!.textContent).toBe('Harbour Bridge Reopens After Long Repairs · anatomy')
  })

  // Rows of [selector, the text it must hold, the label it carries].
  const parts: Array<[string, string, string]> = [
    ['.headline', 'Harbour Bridge Reopens After Long Repairs', 'Headline'],
    ['.byline', 'By Ana Lowe', 'Byline'],
    ['.caption', 'FILE - Workers paint the bridge in Portville, Maine, Jan. 5, 2024.', 'Caption · file photo'],
    ['.boilerplate', 'Share on Facebook', 'Page furniture'],
    ['.dateline', 'PORTVILLE, Maine —', 'Dateline'],
    ['.paragraph', parsed.sections[0]!.paragraphs[0]!.text, '¶ 1'],
    ['.fact-place', 'Portville, Maine', 'place'],
    ['.fact-date', 'Jan. 5, 2024', 'date']
  ]
  it.each(parts)('marks %s where it stands', (selector, text, label) => {
    const element = source.querySelector(selector)!
    expect(element, selector).not.toBeNull()
    expect(seen(element)).toBe(text)
    expect(element.getAttribute('data-label')).toBe(label)
  })

  it('strikes page furniture through', () => {
    expect(source.querySelector('.boilerplate')!.tagName.toLowerCase()).toBe('s')
  })

  it('makes each quote focusable, coloured by speaker, with its attribution', () => {
    const quotes = [...source.querySelectorAll('.q[id^="quote-"]')]
    expect(quotes.length).toBe(parsed.quotes.length)
    parsed.quotes.forEach((quote, index) => {
      const element = quotes[index]!
      const speaker = quote.attribution?.speaker.name
      expect(element.getAttribute('tabindex')).toBe('0')
      expect(element.getAttribute('aria-label')).toBe(`Quote ${index + 1}, ${quote.kind}, by ${speaker}`)
      expect(element.getAttribute('data-speaker')).toBe(speaker)
      const tip = document.getElementById(element.getAttribute('aria-describedby')!)!
      expect(tip.parentElement).toBe(element)
      expect(tip.textContent).toContain(`Speaker ${speaker}`)
      expect(tip.textContent).toContain(`Kind ${quote.kind} speech`)
      if (quote.attribution?.cue) expect(tip.textContent).toContain(`Cue ${quote.attribution.cue.text}`)
      // The words themselves, without the tooltip.
      const words = element.cloneNode(true) as typeof element
      words.querySelector('.tip')?.remove()
      expect(words.textContent.replace(/\s+/g, ' ')).toContain(quote.text.replace(/\s+/g, ' ').slice(0, 20))
    })
    // One colour per speaker, the same for every quote of the speaker.
    const colourOf = (element: Node) => /sp-\d+/.exec(element.className)?.[0]
    const reed = quotes.filter((element) => element.getAttribute('data-speaker') === 'Tom Reed').map(colourOf)
    expect(reed.length).toBe(2)
    expect(new Set(reed).size).toBe(1)
    expect(colourOf(quotes.find((element) => element.getAttribute('data-speaker') === 'Lena Park')!)).not.toBe(reed[0])
  })

  it('underlines cue and addressee in the speaker’s colour', () => {
    const cue = [...source.querySelectorAll('.cue')].find((element) => element.textContent === 'told')!
    const addressee = source.querySelector('.addressee')!
    expect(addressee.textContent).toBe('reporters')
    const reed = source.querySelector('.q[data-speaker="Tom Reed"]')!
    const colour = /sp-\d+/.exec(reed.className)![0]
    expect(cue.className).toContain(colour)
    expect(addressee.className).toContain(colour)
  })

  it('lists speakers with quote counts and roles, entities by kind and messages in the side panel', () => {
    const aside = document.querySelector('aside')!
    const speakers = [...aside.querySelectorAll('.speaker')].map((element) => element.textContent)
    expect(speakers.some((text) => text.startsWith('Tom Reed') && text.includes('2 quotes'))).toBe(true)
    const headings = [...aside.querySelectorAll('h3')].map((element) => element.textContent)
    expect(headings).toEqual(expect.arrayContaining(['People (2)', 'Organizations (1)']))
    const link = [...aside.querySelectorAll('.entities a')].find((element) => element.textContent === 'Lena Park')!
    const target = document.getElementById(link.getAttribute('href')!.slice(1))!
    expect(target.textContent).toBe('Lena Park')
  })

  it('keeps every word of the input, in order', () => {
    expect(seen(source)).toBe(story.replace(/\s+/g, ' ').trim())
  })

  it('links messages to their place', () => {
    const text = 'Quiet Day at the Port\n\nBoats stayed in, and “nobody knows why,” a notice read today.\n\nThe port was calm.'
    const result = parseArticle(text)
    const document = page(toHtml(result, text))
    const placed = result.messages.filter((message) => message.place)
    placed.forEach((message) => {
      const index = result.messages.indexOf(message) + 1
      const link = document.querySelector(`aside a[href="#message-${index}"]`)!
      expect(link.textContent).toBe(`line ${message.place!.start.line}, column ${message.place!.start.column}`)
      expect(document.getElementById(`message-${index}`)).not.toBeNull()
    })
    expect(document.querySelectorAll('.messages li').length).toBe(result.messages.length)
  })
})

describe('toHtml escaping', () => {
  const hostile = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>", '&lt;b&gt; &amp; </style><script>x()</script>']
  it.each(hostile)('renders %j in the input as text', (payload) => {
    const text = `${payload} Headline\n\n“${payload},” said ${payload}.\n\n${payload} told reporters ${payload}.`
    const document = page(toHtml(parseArticle(text, {format: 'text'}), text, {format: 'text'}))
    expect(document.querySelectorAll('script, img, svg, iframe').length).toBe(0)
    for (const element of document.querySelectorAll('*')) {
      for (const name of element.getAttributeNames()) expect(name.startsWith('on'), `${element.tagName} ${name}`).toBe(false)
    }
    expect(seen(document.querySelector('.source')!)).toBe(text.replace(/\s+/g, ' '))
    expect(document.querySelectorAll('style').length).toBe(1)
  })

  it('shows the tags of an HTML input as text, scripts included', () => {
    const input = `<!doctype html><html><head><title>Ferry Service Returns</title><script>alert(1)</script></head><body>
<article><h1>Ferry Service Returns</h1>
<p>The island ferry sailed again on Friday and was full, the operator said on the pier.</p>
<p>“It felt like a holiday,” said <img src=x onerror=alert(1)> Rita Moss, a teacher on the island.</p></article></body></html>`
    const document = page(toHtml(parseArticle(input), input))
    expect(document.querySelectorAll('script, img').length).toBe(0)
    expect([...document.querySelectorAll('.tag')].map((tag) => tag.textContent)).toContain('<img src=x onerror=alert(1)>')
  })

  it('escapes attribute values: a speaker’s name stays one attribute', () => {
    const name = '"><img src=x onerror=alert(1)>'
    const source = 'Words here, he said.'
    const quote: Quote = {kind: 'indirect', text: 'Words here', position: at(source, 'Words here').position, attribution: {speaker: {name, kind: 'person'}, cue: at(source, 'said')}}
    const document = page(toHtml(article({quotes: [quote], speakers: [{name, kind: 'person', aliases: [name], quotes: 1}]}), source))
    expect(document.querySelectorAll('img').length).toBe(0)
    expect(document.querySelector('.q')!.getAttribute('data-speaker')).toBe(name)
    expect(document.querySelector('.q')!.getAttribute('aria-label')).toBe(`Quote 1, indirect, by ${name}`)
    expect(document.querySelector('.speaker a')!.textContent).toBe(name)
  })
})

describe('toHtml, other inputs', () => {
  it('shows an HTML page’s text with its tags hidden, and metadata apart', () => {
    const input = `<!doctype html><html><head><title>Ferry Service Returns</title><meta name="author" content="Ana Lowe"></head><body>
<article><h1>Ferry Service Returns</h1><p>By Ana Lowe</p>
<p>The island ferry sailed again on Friday &amp; was full, the operator said.</p>
<p>“It felt like a holiday,” said <b>Rita Moss</b>, a teacher.</p></article></body></html>`
    const document = page(toHtml(parseArticle(input), input))
    const source = document.querySelector('.source.format-html')!
    expect(source).not.toBeNull()
    expect(document.getElementById('show-markup')).not.toBeNull()
    const paragraph = [...source.querySelectorAll('.paragraph')].find((element) => element.textContent.includes('ferry'))!
    expect(paragraph.querySelector('.tag')).toBeNull()
    expect(paragraph.textContent).toContain('Friday & was full')
    const quote = source.querySelector('.q[data-speaker="Rita Moss"]')!
    expect([...quote.parentElement!.querySelectorAll('.tag')].map((tag) => tag.textContent)).toEqual(expect.arrayContaining(['<b>', '</b>']))
    expect(source.textContent).not.toContain('<title>')
  })

  it('shows the attribution’s confidence and evidence when the article has them', () => {
    const source = '“Ready,” she said.'
    const attribution = {speaker: {name: 'Ada Fern', kind: 'person' as const}, cue: at(source, 'said'), confidence: 0.875, evidence: 'said-after' as const}
    const quote: Quote = {kind: 'direct', text: 'Ready,', position: at(source, 'Ready,').position, attribution}
    const tip = page(toHtml(article({quotes: [quote]}), source)).querySelector('.tip')!
    const lines = [...tip.querySelectorAll('.tip-line')].map((line) => line.textContent)
    expect(lines).toEqual(['Speaker Ada Fern', 'Source person', 'Cue said', 'Kind direct speech', 'Confidence 0.88', 'Evidence said-after'])
  })

  it('renders an empty article', () => {
    const document = page(toHtml(parseArticle(''), ''))
    expect(document.querySelector('h1')!.textContent).toBe('Article anatomy')
    expect(document.querySelector('.source')!.textContent).toBe('')
  })

  it('nests a quote across two paragraphs inside each paragraph', () => {
    const source = 'one “two\n\nthree” four'
    const first = {...at(source, 'one “two'), sentences: []}
    const second = {...at(source, 'three” four'), sentences: []}
    const quote: Quote = {kind: 'direct', text: 'two\n\nthree', position: at(source, 'two\n\nthree').position}
    const document = page(toHtml(article({sections: [{paragraphs: [first, second]}], quotes: [quote]}), source, {format: 'text'}))
    const paragraphs = [...document.querySelectorAll('.paragraph')]
    expect(paragraphs.map((element) => element.querySelector('.q')!.textContent.replace(/Speaker[\s\S]*/, ''))).toEqual(['two', 'three'])
    expect(paragraphs[0]!.querySelector('.q')!.id).toBe('quote-1')
    expect(paragraphs[1]!.querySelector('.q')!.id).toBe('')
  })
})

describe('toHtml caller mistakes', () => {
  const good = parseArticle('Headline here\n\nBody text.')
  const rows: Array<[string, () => unknown, RegExp]> = [
    ['no article', () => toHtml(undefined as unknown as Article, ''), /`article` must be an article/],
    ['a string for the article', () => toHtml('x' as unknown as Article, ''), /`article` must be an article/],
    ['no source', () => toHtml(good, undefined as unknown as string), /`source` must be the input string/],
    ['options not an object', () => toHtml(good, '', 'html' as unknown as object), /`options` must be an object/],
    ['an unknown option', () => toHtml(good, '', {colour: 'red'} as unknown as object), /unknown option `colour`/],
    ['a bad format', () => toHtml(good, '', {format: 'pdf' as 'text'}), /`options.format` must be one of/]
  ]
  it.each(rows)('throws a TypeError for %s', (_, call, message) => {
    expect(call).toThrow(TypeError)
    expect(call).toThrow(message)
  })
})
