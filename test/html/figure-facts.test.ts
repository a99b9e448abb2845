import {fromHtml} from 'hast-util-from-html'
import type {Element} from 'hast'
import {describe, expect, it} from 'vitest'
import {findCaptionCredits} from '../../src/blocks/html/caption-credits.js'
import {hasPlayerChild, isUncaptionedPhoto} from '../../src/blocks/html/figure-facts.js'

const elementOf = (html: string): Element => fromHtml(html, {fragment: true}).children.find((child): child is Element => child.type === 'element')!
const textOf = (element: Element): string => {
  const walk = (node: Element['children'][number]): string => (node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(walk).join('') : '')
  return element.children.map(walk).join('').trim()
}
const long = 'Pickers worked along the upper rows all morning and carried their crates down to the press by noon. '

describe('isUncaptionedPhoto', () => {
  // [figure markup, its text is the photo's caption]
  const rows: Array<[string, boolean]> = [
    ['<figure><img src="a.jpg"><p>Pickers at the gate.</p></figure>', true],
    ['<figure><img src="a.jpg"><p>Pickers at the gate.</p><p>Ida Marsh/Valley Agency</p></figure>', true],
    ['<figure><img src="a.jpg"><figcaption>Pickers at the gate.</figcaption></figure>', false],
    ['<figure><p>Pickers at the gate.</p></figure>', false],
    ['<figure><img src="a.jpg"><p>One.</p><p>Two.</p><p>Three.</p></figure>', false],
    [`<figure><img src="a.jpg"><p>${long.repeat(8)}</p></figure>`, false]
  ]
  it.each(rows)('%s', (markup, expected) => {
    expect(isUncaptionedPhoto(elementOf(markup))).toBe(expected)
  })
})

describe('hasPlayerChild', () => {
  // [markup, a child is a video player]
  const rows: Array<[string, boolean]> = [
    ['<div><iframe src="/v"></iframe><span>Clip of the harvest</span></div>', true],
    ['<div><div class="video-player"></div><span>Clip of the harvest</span></div>', true],
    ['<div><div><video></video></div><span>Clip of the harvest</span></div>', false],
    ['<div><img src="a.jpg"><span>Pickers at the gate</span></div>', false]
  ]
  it.each(rows)('%s', (markup, expected) => {
    expect(hasPlayerChild(elementOf(markup))).toBe(expected)
  })
})

describe('findCaptionCredits', () => {
  // [caption markup, texts of the credit elements]
  const rows: Array<[string, string[]]> = [
    ['<figcaption>Pickers at the gate. <span class="credit">Ida Marsh</span></figcaption>', ['Ida Marsh']],
    ['<figcaption>Pickers at the gate. <cite>Ida Marsh</cite></figcaption>', ['Ida Marsh']],
    ['<figcaption>Pickers at the gate <small>Ida Marsh</small></figcaption>', ['Ida Marsh']],
    ['<figcaption><small>Left</small> pickers at the gate.</figcaption>', []],
    ['<figcaption><span>Valley Photo Agency</span><br>Pickers wait at the orchard gate.</figcaption>', ['Valley Photo Agency']],
    ['<figcaption>Pickers wait at the orchard gate.</figcaption>', []],
    // schema.org's image maker or holder, with no class to say so.
    ['<figcaption><span>Pickers at the gate.</span><span itemprop="copyrightHolder"><span>Photo</span> Ida Marsh</span></figcaption>', ['Photo Ida Marsh']],
    ['<figcaption>Pickers at the gate. <span itemprop="creator author">Ida Marsh</span></figcaption>', ['Ida Marsh']],
    ['<figcaption><span itemprop="caption description">Pickers at the gate.</span></figcaption>', []]
  ]
  it.each(rows)('%s', (markup, expected) => {
    expect(findCaptionCredits(elementOf(markup), textOf).map(textOf)).toEqual(expected)
  })
})
