import {describe, expect, it} from 'vitest'
import {attributionConfidence, mentionShape} from '../../src/attribution/attribution-confidence.js'
import {confidenceWeights} from '../../src/attribution/confidence-weights.js'
import {tokenize} from '../../src/attribution/tokenize.js'
import {parseArticle} from '../../src/parse-article.js'

// Rows of [mention, its shape].
const shapes: [string, string][] = [
  ['she', 'pronoun'],
  ['who', 'pronoun'],
  ['Mara Quell', 'name'],
  ['the Harbour Trust', 'name'],
  ['the harbour master', 'description'],
  ['a spokeswoman for Quell Farms', 'name'],
  ['', 'none']
]

describe('mentionShape', () => {
  it.each(shapes)('%s', (mention, shape) => {
    const tokens = tokenize(mention)
    expect(mentionShape(tokens, {first: 0, last: tokens.length})).toBe(shape)
  })
})

describe('attributionConfidence', () => {
  it('reads the fitted cell, else the rule, else the prior, always in [0, 1]', () => {
    const cell = Object.keys(confidenceWeights.cells)[0]!
    const [evidence, shape, kind] = cell.split('|') as [Parameters<typeof attributionConfidence>[0], Parameters<typeof attributionConfidence>[1], Parameters<typeof attributionConfidence>[2]]
    expect(attributionConfidence(evidence, shape, kind)).toBe(confidenceWeights.cells[cell])
    expect(attributionConfidence('next-quote', 'none', 'direct')).toBe(confidenceWeights.byEvidence['next-quote'])
    for (const value of [...Object.values(confidenceWeights.cells), ...Object.values(confidenceWeights.byEvidence), confidenceWeights.prior]) {
      expect(value).toBeGreaterThanOrEqual(0)
      expect(value).toBeLessThanOrEqual(1)
    }
  })

  it('sets evidence and confidence on every attribution parseArticle finds', () => {
    const text = 'Harbour reopens\n\n“The pier is safe,” said Mara Quell, the harbour master.\n\n“We checked every beam.”\n\nThe council said the repairs cost less than planned.'
    const quotes = parseArticle(text, {format: 'text'}).quotes
    const seen = quotes.map((quote) => quote.attribution?.evidence)
    expect(seen).toEqual(['said-after', 'running-quote', 'reported-speech'])
    for (const quote of quotes) {
      const confidence = quote.attribution?.confidence
      expect(confidence).toBeGreaterThan(0)
      expect(confidence).toBeLessThanOrEqual(1)
    }
    expect(quotes[0]!.attribution!.confidence).toBeGreaterThan(quotes[1]!.attribution!.confidence!)
  })
})
