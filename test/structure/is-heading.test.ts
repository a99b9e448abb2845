import {describe, expect, it} from 'vitest'
import {looksLikeHeading} from '../../src/structure/is-heading.js'
import {parseArticle} from '../../src/index.js'

// Rows of [line, whether it has a heading's shape]; every line is invented for the test.
const rows: [string, boolean][] = [
  ['What the council decided', true],
  ['Where does the money go?', true],
  ['Stay out of the water!', true],
  ['The council voted on Monday.', false],
  // A sentence that ends with a quoted exclamation or question is prose, not a heading.
  ['As the speakers finished, dockers chanted “Save our port!”', false],
  ['Then a woman in the crowd shouted "Who pays for it?"', false],
  // The quotation alone may still head a section.
  ['“Where does the money go?”', true]
]

describe('looksLikeHeading', () => {
  it.each(rows)('%s', (line, expected) => {
    expect(looksLikeHeading(line)).toBe(expected)
  })
})

describe('a paragraph ending with a quoted exclamation before a quote', () => {
  it('stays a paragraph of the section', () => {
    const text = 'Harbour plan faces a vote\n\nThe vote is on Monday.\n\nAs the speakers finished, dockers chanted “Save our port!”\n\n“We are not leaving, and we will be back here every day until the vote,” said crane driver Tom Reyes.'
    const article = parseArticle(text)
    expect(article.sections.map((section) => section.heading?.text)).toEqual([undefined])
  })
})
