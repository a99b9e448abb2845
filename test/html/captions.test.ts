import {fromHtml} from 'hast-util-from-html'
import type {Element} from 'hast'
import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {findLeadingCredit, isCreditShaped} from '../../src/blocks/html/leading-credit.js'
import {isPhotoBox} from '../../src/blocks/html/photo-box.js'
import {storyWith as story} from './pages.js'

const captionsOf = (html: string) => parseArticle(html, {format: 'html'}).captions.map((caption) => [caption.text, caption.credit])
const paragraphsOf = (html: string) => parseArticle(html, {format: 'html'}).sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text))

describe('HTML captions', () => {
  // [case, media markup, captions as [text, credit]]
  const rows: Array<[string, string, Array<[string, string | undefined]>]> = [
    ['a figure with a figcaption', '<figure><img src="a.jpg" alt=""><figcaption>Pickers rest under the oldest tree.</figcaption></figure>', [['Pickers rest under the oldest tree.', undefined]]],
    [
      'a photo box in an <aside>',
      '<aside class="image wide"><a href="a.jpg"><img src="a.jpg" alt=""></a><p class="caption">Crates stacked by the press house. <span class="credits">(Photo by Ida Marsh)</span></p></aside>',
      [['Crates stacked by the press house.', 'Photo by Ida Marsh']]
    ],
    [
      'a photo box hidden from screen readers',
      '<aside aria-hidden="true"><img src="a.jpg" alt=""><p class="caption">The press at work. <span class="credits">(Photo by Ida Marsh)</span></p></aside>',
      [['The press at work.', 'Photo by Ida Marsh']]
    ],
    ['an <aside> of related links is still furniture', '<aside><h2>More from the valley</h2><p class="caption">Read about the plum fair and the long market day.</p><ul><li><a href="/x">Plum fair</a></li></ul></aside>', []],
    ['a photo box named as related links is still furniture', '<aside class="related"><img src="a.jpg" alt=""><p class="caption">Last year’s plum fair in the square.</p></aside>', []],
    [
      'a credit line before the caption’s first <br>',
      '<figure><img src="a.jpg" alt=""><figcaption><span>Valley Photo Agency</span><br>Volunteers carry crates down the hillside on Saturday.</figcaption></figure>',
      [['Volunteers carry crates down the hillside on Saturday.', 'Valley Photo Agency']]
    ],
    [
      'a caption title before a <br> is not a credit',
      '<figure><img src="a.jpg" alt=""><figcaption><strong>Harvest day.</strong><br>Volunteers carry crates down the hillside on Saturday.</figcaption></figure>',
      [['Harvest day. Volunteers carry crates down the hillside on Saturday.', undefined]]
    ],
    [
      'an agency label on the photo becomes the credit',
      '<figure><div><img src="a.jpg" alt=""><span>Getty Images</span></div><figcaption>The orchard owners pose with the first crate.</figcaption></figure>',
      [['The orchard owners pose with the first crate.', 'Getty Images']]
    ],
    [
      'a <cite> names the source',
      '<figure><img src="a.jpg" alt=""><figcaption>The first crate of the season. <cite>Ida Marsh</cite></figcaption></figure>',
      [['The first crate of the season.', 'Ida Marsh']]
    ],
    [
      'a trailing <small> is the credit',
      '<figure><img src="a.jpg" alt=""><figcaption>The first crate of the season <small>Ida Marsh/Valley Agency</small></figcaption></figure>',
      [['The first crate of the season', 'Ida Marsh/Valley Agency']]
    ],
    [
      'a <small> that opens the caption is not its credit',
      '<figure><img src="a.jpg" alt=""><figcaption><small>Left</small> the first crate of the season.</figcaption></figure>',
      [['Left the first crate of the season.', undefined]]
    ],
    [
      'a credit label after the caption',
      '<figure><img src="a.jpg" alt=""><figcaption>The orchard owners pose with the first crate.</figcaption><div>Ida Marsh/Valley Agency</div></figure>',
      [['The orchard owners pose with the first crate.', 'Ida Marsh/Valley Agency']]
    ],
    [
      'a figure whose caption is a plain paragraph',
      '<figure><img src="a.jpg" alt=""><p>Pickers rest under the oldest tree on Saturday. (Photo: Ida Marsh)</p></figure>',
      [['Pickers rest under the oldest tree on Saturday.', 'Photo: Ida Marsh']]
    ],
    [
      'a figure whose caption is a short plain line',
      '<figure><img src="a.jpg" alt=""><div>Rosa Lind at the press</div></figure>',
      [['Rosa Lind at the press', undefined]]
    ],
    [
      'a counter on a gallery photo is neither caption nor paragraph',
      '<figure><div class="frame"><img src="a.jpg" alt=""><div>1 of 4</div></div><figcaption>Crates wait by the gate.</figcaption></figure>',
      [['Crates wait by the gate.', undefined]]
    ],
    [
      'a caption beside a video player describes the video',
      '<div><span class="media-embed"><div class="player-wrapper"><h3>Watch the harvest</h3></div><span class="media-caption">Drone footage shows the pickers at work on the slopes.</span></span></div>',
      []
    ],
    [
      'a caption inside a player',
      '<div class="video-card"><img src="a.jpg" alt=""><p class="caption">Drone footage shows the pickers at work on the slopes.</p></div>',
      []
    ]
  ]
  it.each(rows)('%s', (_, media, expected) => {
    expect(captionsOf(story(media))).toEqual(expected)
  })

  it('keeps every paragraph of the story and no label from a figure or player', () => {
    for (const [, media] of rows) {
      const paragraphs = paragraphsOf(story(media))
      expect(paragraphs).toHaveLength(4)
      expect(paragraphs.join(' ')).not.toMatch(/Getty|Watch the harvest|Drone footage/)
    }
  })

  it('reads no headings from a video player', () => {
    const article = parseArticle(story(rows.find(([name]) => name.includes('beside a video'))![1]), {format: 'html'})
    expect(article.sections.flatMap((section) => (section.heading ? [section.heading.text] : []))).toEqual([])
  })
})

const elementOf = (html: string): Element => {
  const body = fromHtml(html, {fragment: true})
  return body.children.find((child): child is Element => child.type === 'element')!
}
const textOf = (element: Element): string => {
  const walk = (node: Element['children'][number]): string => (node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(walk).join('') : '')
  return element.children.map(walk).join('').trim()
}

describe('isCreditShaped', () => {
  // [line, reads as a credit]
  const rows: Array<[string, boolean]> = [
    ['Valley Photo Agency', true],
    ['Jane Roe via Getty Images', true],
    ['Courtesy of the Town Archive', true],
    ['AP Photo/Sam Lee', true],
    ['Reuters', true],
    ['Aftermath', false],
    ['1 of 4', false],
    ['Harvest day.', false],
    ['Pickers at work', false],
    ['A long line of seven capitalised Words Here Now', false]
  ]
  it.each(rows)('%j', (line, expected) => {
    expect(isCreditShaped(line)).toBe(expected)
  })
})

describe('findLeadingCredit', () => {
  // [caption markup, credit text or undefined]
  const rows: Array<[string, string | undefined]> = [
    ['<figcaption><span>Valley Photo Agency</span><br>Volunteers carry crates down the hill.</figcaption>', 'Valley Photo Agency'],
    ['<figcaption> <em>Reuters</em> <br> Volunteers carry crates down the hill.</figcaption>', 'Reuters'],
    ['<figcaption><span>Valley Photo Agency</span><br>Crates.</figcaption>', undefined],
    ['<figcaption><span>Valley Photo Agency</span> Volunteers carry crates down the hill.</figcaption>', undefined],
    ['<figcaption>Volunteers carry crates<br>down the hill at dusk.</figcaption>', undefined],
    ['<figcaption><strong>Tom Lind</strong><br>The owner of the orchard at his press.</figcaption>', undefined]
  ]
  it.each(rows)('%s', (markup, expected) => {
    const credit = findLeadingCredit(elementOf(markup), textOf)
    expect(credit ? textOf(credit) : undefined).toBe(expected)
  })
})

describe('isPhotoBox', () => {
  // [markup, is a box of one photo and its caption]
  const rows: Array<[string, boolean]> = [
    ['<aside><img src="a.jpg"><p class="caption">Pickers at dawn.</p></aside>', true],
    ['<aside><a href="/g"><picture><img src="a.jpg"></picture></a><figcaption>Pickers at dawn.</figcaption><a href="/g">View gallery</a></aside>', true],
    ['<aside><p class="caption">Pickers at dawn.</p></aside>', false],
    ['<aside><img src="a.jpg"><p>Pickers at dawn, in a box that has no caption.</p></aside>', false],
    ['<aside><img src="a.jpg"><p class="caption">One.</p><img src="b.jpg"><p class="caption">Two.</p></aside>', false],
    ['<aside><a href="/plums"><img src="a.jpg"><p class="caption">Plum fair returns to the square</p></a></aside>', false],
    ['<aside><img src="a.jpg"><p class="caption"><a href="/plums">Plum fair returns to the square</a></p></aside>', false],
    ['<aside><img src="a.jpg"><p class="caption">Pickers.</p><p>Sign up to our weekly letter for orchard news from the whole valley.</p></aside>', false]
  ]
  it.each(rows)('%s', (markup, expected) => {
    expect(isPhotoBox(elementOf(markup))).toBe(expected)
  })
})
