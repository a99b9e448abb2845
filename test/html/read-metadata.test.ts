import {fromHtml} from 'hast-util-from-html'
import {describe, expect, it} from 'vitest'
import {readMetadata} from '../../src/blocks/html/read-metadata.js'

const pageWith = (description: string) =>
  `<html><head><script type="application/ld+json">${JSON.stringify({'@type': 'NewsArticle', headline: 'Orchard opens', description})}</script></head><body></body></html>`

describe('readMetadata: JSON-LD text values', () => {
  // [description as written in the JSON-LD, as read]
  const rows: Array<[string, string]> = [
    ['Pickers came from three valleys.', 'Pickers came from three valleys.'],
    ['Pickers &amp; owners met at dawn.', 'Pickers & owners met at dawn.'],
    ['<p>Here&#x27;s what the pickers saw.</p>', "Here's what the pickers saw."],
    ['&lt;p&gt;Here&amp;#x27;s what the <em>pickers</em> saw.&lt;/p&gt;', "Here's what the pickers saw."],
    ['Prices rose < 2% this year', 'Prices rose < 2% this year']
  ]
  it.each(rows)('%j', (description, expected) => {
    expect(readMetadata(fromHtml(pageWith(description))).descriptions[0]?.value).toBe(expected)
  })
})
