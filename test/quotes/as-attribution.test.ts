import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'

/** Each quote as `kind|speaker|cue|words`. */
function read(text: string): string[] {
  return parseArticle(`Council Votes on New Bridge Plan\n\n${text}`).quotes.map((quote) => {
    const at = quote.attribution
    return [quote.kind, at?.speaker.name ?? '-', at?.cue?.text ?? '-', quote.text].join('|')
  })
}

// Rows of [body paragraph, expected quotes]; every sentence is invented for the test.
const rows: [string, string[]][] = [
  // "As X reported, …": the main clause after the comma is what X said, weak cues included.
  ['As the Harbour Times reported, the ferry was sold in May to a rival line.', ['indirect|Harbour Times|reported|the ferry was sold in May to a rival line']],
  ['As Ana Pereira noted on Monday, the ferry was sold in May to a rival line.', ['indirect|Ana Pereira|noted|the ferry was sold in May to a rival line']],
  // "…, as X reported.": the clause before the comma.
  ['The ferry was sold in May to a rival line, as the Harbour Times reported on Tuesday.', ['indirect|Harbour Times|reported|The ferry was sold in May to a rival line']],
  ['The ferry was sold in May to a rival line, as Ana Pereira said last week.', ['indirect|Ana Pereira|said|The ferry was sold in May to a rival line']],
  // "as" that does not open an attribution: a cue with words of its own reports those, and no comma before "as" ("such as") opens nothing.
  ['The ferry was sold in May, as Ana Pereira explained how the deal would work.', ['indirect|Ana Pereira|explained|how the deal would work']],
  ['The ferry rivals such as Harbour Lines reported a loss.', []]
]

// Rows of [body paragraph, expected quotes]: a weak cue ending the sentence after its speaker reports the clause before it.
const weakAfter: [string, string[]][] = [
  ['Fares rose by half last year, the Harbour Board reported on Tuesday.', ['indirect|Harbour Board|reported|Fares rose by half last year']],
  ['Ferry fares rose by half last year, a city study found.', ['indirect|city study|found|Ferry fares rose by half last year']],
  // With words of its own after it, a weak cue does not take the clause before.
  ['Fares rose by half last year, and the Harbour Board reported a loss.', []]
]

describe('a weak cue that ends the sentence', () => {
  it.each(weakAfter)('%s', (body, expected) => {
    expect(read(body)).toEqual(expected)
  })
})

describe('as-attributions', () => {
  it.each(rows)('%s', (body, expected) => {
    expect(read(body)).toEqual(expected)
  })
})
