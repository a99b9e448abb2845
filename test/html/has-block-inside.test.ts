import type {Element, ElementContent} from 'hast'
import {describe, expect, it} from 'vitest'
import {hasBlockInside} from '../../src/blocks/html/has-block-inside.js'

const h = (tagName: string, ...children: ElementContent[]): Element => ({type: 'element', tagName, properties: {}, children})
const t = (value: string): ElementContent => ({type: 'text', value})

describe('hasBlockInside', () => {
  it.each<[string, Element, boolean]>([
    ['inline content only', h('td', h('b', t('One')), t(' two')), false],
    ['a paragraph in a cell', h('td', h('p', t('One'))), true],
    ['a list deep in inline elements', h('div', h('span', h('em', h('ul', h('li', t('One')))))), true],
    ['a block inside a script is no block', h('td', h('script', h('div', t('x')))), false],
    ['text only', h('div', t('Plain words')), false]
  ])('%s', (_label, element, expected) => {
    expect(hasBlockInside(element)).toBe(expected)
  })

  it('walks 100,000 nested inline elements without recursion', () => {
    let element = h('span', t('deep'))
    for (let depth = 0; depth < 100_000; depth++) element = h('span', element)
    expect(hasBlockInside(h('div', element))).toBe(false)
  })
})
