import {describe, expect, it} from 'vitest'
import {tagNames} from '../../src/entities/compromise-adapter.js'

// Rows of [text, names expected among the tagged spans (kind:text)].
const rows: [string, string[]][] = [
  ['Lena Okafor spoke in Toronto on Monday.', ['person:Lena Okafor', 'place:Toronto']],
  ['(Mr. Dray) joined the World Bank.', ['organization:World Bank']],
  ['', []]
]

describe('tagNames', () => {
  it.each(rows)('%s', (text, expected) => {
    const found = tagNames(text)
    for (const span of found) expect(text.slice(span.start, span.end).length).toBe(span.end - span.start)
    const names = found.map((span) => `${span.kind}:${text.slice(span.start, span.end)}`)
    for (const name of expected) expect(names).toContain(name)
  })

  it('only returns spans that lie inside the text, with no stray punctuation at the edges', () => {
    const text = '“Ana Lowe,” said (Paul Dray) of “Acme Corp.” in Paris.'
    for (const span of tagNames(text)) {
      const value = text.slice(span.start, span.end)
      expect(value).toBe(value.trim())
      expect(/^[(“"]/.test(value)).toBe(false)
    }
  })
})
