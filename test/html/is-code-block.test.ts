import type {Element, ElementContent} from 'hast'
import {describe, expect, it} from 'vitest'
import {isCodeBlock} from '../../src/blocks/html/is-code-block.js'

const h = (tagName: string, ...children: ElementContent[]): Element => ({type: 'element', tagName, properties: {}, children})
const t = (value: string): ElementContent => ({type: 'text', value})

describe('isCodeBlock', () => {
  it.each<[string, Element, boolean]>([
    ['a <pre> with <code>', h('pre', h('code', t('npm install'))), true],
    ['a <pre> of highlighted spans', h('pre', h('span', t('$ ferry --status'))), true],
    ['a paragraph with inline code', h('p', t('Run '), h('code', t('npm install')), t(' first.')), false],
    ['inline <code> itself', h('code', t('npm install')), false]
  ])('%s', (_label, element, expected) => {
    expect(isCodeBlock(element)).toBe(expected)
  })
})
