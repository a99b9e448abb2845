import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'

const prose = (index: number) => `The ferry to the outer islands ran again on day ${index} of the month, after a week in which storms kept every boat in the harbour.`
const paragraphs = (from: number, count: number) => Array.from({length: count}, (_, index) => `<p>${prose(from + index)}</p>`).join('')
const page = (head: string, story: string) => `<!doctype html><html lang="en"><head><title>Ferries run again</title>${head}</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav><main><h1>Ferries run again</h1><div class="story">${story}</div></main></body></html>`
const read = (html: string) => {
  const article = parseArticle(html, {format: 'html'})
  return {dek: article.dek?.text, headings: article.sections.flatMap((section) => (section.heading ? [section.heading.text] : []))}
}
const described = (text: string) => `<meta property="og:description" content="${text}">`

describe('HTML section headings', () => {
  // [case, <head> markup, the story's markup, the standfirst shown as a heading (when one is), headings]
  const rows: Array<[string, string, string, string | undefined, string[]]> = [
    [
      'a standfirst heading of its own tag, the sections in another: the standfirst',
      described('Ferries to the outer islands ran again on Sunday after a week of storms.'),
      `<h2>Ferries to the outer islands ran again on Sunday after a week of storms.</h2>${paragraphs(1, 2)}<h3>What the islanders did</h3>${paragraphs(3, 2)}<h3>What comes next</h3>${paragraphs(5, 2)}`,
      'Ferries to the outer islands ran again on Sunday after a week of storms.',
      ['What the islanders did', 'What comes next']
    ],
    [
      'a heading linking to its own anchor, one paragraph under it: a section heading',
      '',
      `${paragraphs(1, 2)}<h2 id="quay"><a href="#quay">On the quay</a></h2>${paragraphs(3, 1)}<h2 id="sea"><a href="#sea">At sea</a></h2>${paragraphs(4, 2)}`,
      undefined,
      ['On the quay', 'At sea']
    ],
    [
      'a heading linking to another page over one long paragraph: a section (a ranked list’s entry)',
      '',
      `${paragraphs(1, 3)}<h2><a href="/2024/north-quay">North Quay</a></h2><p>${prose(4)} ${prose(5)}</p><h2><a href="/2024/south-quay">South Quay</a></h2><p>${prose(6)} ${prose(7)}</p>`,
      undefined,
      ['North Quay', 'South Quay']
    ],
    [
      'a heading linking to another page, one paragraph under it: a teaser, no heading',
      '',
      `${paragraphs(1, 3)}<h2><a href="/2024/harbour-fees">Harbour fees go up</a></h2>${paragraphs(4, 1)}`,
      undefined,
      []
    ]
  ]
  it.each(rows)('%s', (_, head, story, dek, headings) => {
    const found = read(page(head, story))
    expect(found.headings).toEqual(headings)
    if (dek !== undefined) expect(found.dek).toBe(dek)
  })
})
