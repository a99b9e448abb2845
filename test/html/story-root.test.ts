import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'

const sentence = (index: number) => `Update ${index}: crews worked through the night to clear the flooded valley road near the old mill and the school.`
const entries = Array.from({length: 40}, (_, index) => `<div class="entry"><p>${sentence(index + 1)}</p><p>Residents were asked to stay away from the river bank until the water level drops again.</p></div>`).join('')
const summary = [
  'Heavy rain has flooded the lower valley for a second day, and the council has opened two shelters in the town hall.',
  'The river rose by a metre overnight, and the old bridge was closed to traffic at dawn on Tuesday morning.',
  'Forecasters expect the rain to ease by Thursday, but warn that the ground is too wet to take much more water.',
  'Volunteers filled sandbags outside the fire station until late on Monday evening, helped by farmers with tractors.',
  'The school on Mill Lane will stay closed until Friday, the head teacher told parents in a letter sent home on Monday.',
  'Follow our live coverage below for road closures, school news and the latest advice from the emergency services.'
]
const page = (neighbour: string) => `<!doctype html><html><head><title>Valley floods: live updates</title></head><body>
<main><h1>Valley floods: live updates</h1><div class="live"><div class="lead">${neighbour}</div><div class="entries">${entries}</div></div></main></body></html>`
const paragraphsOf = (html: string) => parseArticle(html, {format: 'html'}).sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text))

describe('HTML story root', () => {
  // [case, markup beside the entries, paragraphs read from it]
  const rows: Array<[string, string, string[]]> = [
    ['a live blog’s summary of several paragraphs above its entries', summary.map((text) => `<p>${text}</p>`).join(''), summary],
    ['one short line of prose beside the entries', '<p>This page is updated through the day by the valley news desk.</p>', []]
  ]
  it.each(rows)('%s', (_, neighbour, expected) => {
    const paragraphs = paragraphsOf(page(neighbour))
    expect(paragraphs.slice(0, expected.length)).toEqual(expected)
    expect(paragraphs).toHaveLength(80 + expected.length)
  })
})

describe('HTML story root: one paragraph in a box of its own beside the body', () => {
  const body = Array.from({length: 15}, (_, index) => `<p>${sentence(index + 1)}</p>`).join('')
  const lead = 'VALLEY TOWN — Heavy rain flooded the lower valley for a second day on Tuesday, and the council opened two shelters in the old town hall.'
  const pageWith = (box: string) => `<!doctype html><html><head><title>Valley floods</title></head><body>
<h1>Valley floods again</h1><article><div class="intro">${box}</div><div class="text">${body}</div></article></body></html>`
  // [case, the box beside the body, its paragraph read first]
  const rows: Array<[string, string, boolean]> = [
    ['a lead paragraph of pure prose', `<p>${lead}</p>`, true],
    ['a short line', '<p>Listen to this story in our app.</p>', false]
  ]
  it.each(rows)('%s', (_, box, read) => {
    const paragraphs = paragraphsOf(pageWith(box))
    expect(paragraphs).toHaveLength(read ? 16 : 15)
    if (read) expect(paragraphs[0]).toBe(lead)
  })
})
