import {fromHtml} from 'hast-util-from-html'
import {describe, expect, it} from 'vitest'
import {readMetadata} from '../../src/blocks/html/read-metadata.js'
import {parseArticle} from '../../src/index.js'

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

describe('readMetadata: what the page states about itself', () => {
  const ld = (object: object) => `<script type="application/ld+json">${JSON.stringify(object)}</script>`
  const page = (head: string, lang = '') => `<html${lang}><head>${head}</head><body><p>Text.</p></body></html>`
  // [case, page, the metadata read]
  const rows: Array<[string, string, object]> = [
    ['nothing stated', page(''), {}],
    ['<html lang> first, then JSON-LD and og:locale', page(`<meta property="og:locale" content="en_GB">${ld({'@type': 'NewsArticle', inLanguage: 'fr'})}`, ' lang="de-AT"'), {lang: 'de-AT'}],
    ['og:locale when nothing else says', page('<meta property="og:locale" content="pt_BR">'), {lang: 'pt_BR'}],
    [
      'Open Graph',
      page(
        '<meta property="og:site_name" content="Valley Post"><meta property="og:url" content="https://post.example/a"><meta property="og:image" content="https://post.example/a.jpg"><meta property="article:published_time" content="2024-03-01T08:00:00Z"><meta property="article:modified_time" content="2024-03-02T09:30:00Z"><meta property="og:description" content="Pickers &amp; owners met."><meta property="article:tag" content="Farming"><meta property="article:tag" content="Weather">'
      ),
      {
        siteName: 'Valley Post',
        canonicalUrl: 'https://post.example/a',
        image: 'https://post.example/a.jpg',
        published: '2024-03-01T08:00:00Z',
        modified: '2024-03-02T09:30:00Z',
        description: 'Pickers & owners met.',
        keywords: ['Farming', 'Weather']
      }
    ],
    [
      'JSON-LD in a @graph, publisher and image as objects',
      page(
        ld({
          '@graph': [
            {'@type': 'NewsArticle', headline: 'Orchard opens', datePublished: '2024-03-01', dateModified: '2024-03-04', publisher: {'@type': 'Organization', name: 'Orchard Weekly'}, image: [{'@type': 'ImageObject', url: 'https://weekly.example/1.jpg'}], mainEntityOfPage: {'@id': 'https://weekly.example/orchard'}, keywords: ['apples', 'Cider', 'null']}
          ]
        })
      ),
      {siteName: 'Orchard Weekly', canonicalUrl: 'https://weekly.example/orchard', image: 'https://weekly.example/1.jpg', published: '2024-03-01', modified: '2024-03-04', keywords: ['apples', 'Cider']}
    ],
    [
      '<link rel="canonical"> before og:url; keywords once each, in order',
      page('<link rel="canonical" href="https://a.example/story"><meta property="og:url" content="https://a.example/story?ref=feed"><meta name="news_keywords" content="rain, Floods"><meta name="keywords" content="floods; roads">'),
      {canonicalUrl: 'https://a.example/story', keywords: ['rain', 'Floods', 'roads']}
    ],
    ['broken JSON-LD is ignored', page('<script type="application/ld+json">{"@type": "NewsArticle", </script><meta name="description" content="A summary.">'), {description: 'A summary.'}]
  ]
  it.each(rows)('%s', (_, html, expected) => {
    expect(readMetadata(fromHtml(html)).page).toEqual(expected)
  })
})

describe('parseArticle: metadata', () => {
  it('is read from an HTML page, and absent for plain text', () => {
    const html = `<html lang="en"><head><meta property="og:site_name" content="Valley Post"></head><body><h1>Orchard opens</h1><p>The hillside orchard welcomed its first pickers on Saturday after a wet spring.</p></body></html>`
    expect(parseArticle(html, {format: 'html'}).metadata).toEqual({lang: 'en', siteName: 'Valley Post'})
    expect(parseArticle('Orchard opens\n\nThe hillside orchard welcomed its first pickers.').metadata).toBeUndefined()
  })
})
