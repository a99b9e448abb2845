import type {Element} from 'hast'
import {describe, expect, it} from 'vitest'
import {classWords, hasClassWord} from '../../src/blocks/html/class-words.js'

const element = (properties: Element['properties']): Element => ({type: 'element', tagName: 'div', properties, children: []})

describe('classWords', () => {
  // [case, className, id, the words]
  const rows: Array<[string, string[] | undefined, string | undefined, string[]]> = [
    ['dashes, underscores and digits split', ['story-body__text2intro'], undefined, ['story', 'body', 'text', 'intro']],
    ['a camelCase hump splits', ['storyBody'], undefined, ['story', 'body']],
    ['capitals before small letters stay one word', ['HTMLdoc'], undefined, ['htmldoc']],
    ['capitals alone are a word', ['AD-slot'], undefined, ['ad', 'slot']],
    ['a capital after capitals starts no word', ['pageABC'], undefined, ['page', 'abc']],
    ['letters outside A-Z split', ['café-menu'], undefined, ['caf', 'menu']],
    ['class and id both', ['lead', 'Main'], 'sideNav', ['lead', 'main', 'side', 'nav']],
    ['no letters', ['42', '--'], '', []],
    ['no class, no id', undefined, undefined, []],
    // Names that differ only in case are read apart (a cache keyed on the lower-cased name would mix them).
    ['a hump, then the same name in small letters', ['storyBody', 'storybody'], undefined, ['story', 'body', 'storybody']],
    ['a name longer than a class name is read as well', ['x'.repeat(70) + 'Body'], undefined, ['x'.repeat(70), 'body']]
  ]
  it.each(rows)('%s', (_, className, id, words) => {
    expect([...classWords(element({...(className ? {className} : {}), ...(id === undefined ? {} : {id})}))].sort()).toEqual([...words].sort())
  })

  it('reads a class name repeated on many elements, and many names, the same each time', () => {
    // Invented names, more of them than the words of names are kept for: `teaserCard-qbaBox`, …
    const letters = (index: number) => [...index.toString(26)].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 26))).join('')
    const indexes = Array.from({length: 5000}, (_, index) => index)
    const wrong = [...indexes, ...indexes.slice(0, 100)].filter((index) => {
      const words = [...classWords(element({className: [`teaserCard-q${letters(index)}Box`, 'storyBody']}))]
      return words.join(' ') !== `teaser card q${letters(index)} box story body`
    })
    expect(wrong).toEqual([])
  })

  it('hasClassWord finds any word of a list', () => {
    const box = element({className: ['promoBox']})
    expect(hasClassWord(box, new Set(['box', 'nav']))).toBe(true)
    expect(hasClassWord(box, new Set(['promobox']))).toBe(false)
  })
})
