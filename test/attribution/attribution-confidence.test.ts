import {describe, expect, it} from 'vitest'
import {attributionConfidence, mentionShape} from '../../src/attribution/attribution-confidence.js'
import {confidenceWeights} from '../../src/attribution/confidence-weights.js'
import {tokenize} from '../../src/attribution/tokenize.js'
import {parseArticle} from '../../src/index.js'

// Rows of [speaker words, shape].
const shapes: [string, string][] = [
  ['Mara Quell', 'name'],
  ['the Harbour Trust', 'name'],
  ['the harbour master', 'description'],
  ['she', 'pronoun'],
  ['who', 'pronoun'],
  ['a spokeswoman for Quell Farms', 'name'],
  ['', 'none']
]

describe('mentionShape', () => {
  it.each(shapes)('%s', (words, expected) => {
    const tokens = tokenize(words)
    expect(mentionShape(tokens, {first: 0, last: tokens.length})).toBe(expected)
  })
})

describe('attributionConfidence', () => {
  it('reads the fitted cell, then the rule, then the prior', () => {
    for (const [key, value] of Object.entries(confidenceWeights.cells)) {
      const [evidence, shape, kind] = key.split('|') as [Parameters<typeof attributionConfidence>[0], Parameters<typeof attributionConfidence>[1], Parameters<typeof attributionConfidence>[2]]
      expect(attributionConfidence(evidence, shape, kind)).toBe(value)
    }
    expect(attributionConfidence('said-after', 'none', 'indirect')).toBe(confidenceWeights.byEvidence['said-after'] ?? confidenceWeights.prior)
  })

  it('stays in [0, 1] for every value of the table', () => {
    for (const value of [confidenceWeights.prior, ...Object.values(confidenceWeights.byEvidence), ...Object.values(confidenceWeights.cells)]) {
      expect(value).toBeGreaterThanOrEqual(0)
      expect(value).toBeLessThanOrEqual(1)
    }
  })
})

describe('evidence and confidence in the output', () => {
  // Rows of [paragraph, evidence of its first quote].
  const rows: [string, string][] = [
    ['“We will reopen the pier,” Mara Quell said.', 'said-after'],
    ['Mara Quell said: “We will reopen the pier.”', 'said-before'],
    ['Mara Quell said the pier would reopen in May.', 'reported-speech'],
    ['According to Mara Quell, the pier will reopen in May.', 'according-to'],
    ['Mara Quell criticized the plan to close the pier.', 'speech-object']
  ]
  it.each(rows)('%s', (paragraph, evidence) => {
    const attribution = parseArticle(`A headline about the harbour\n\n${paragraph}`).quotes[0]?.attribution
    expect(attribution?.evidence).toBe(evidence)
    expect(attribution?.confidence).toBeGreaterThan(0)
    expect(attribution?.confidence).toBeLessThanOrEqual(1)
  })

  it('marks a quote that continues the one before as running-quote', () => {
    const article = parseArticle('A headline about the harbour\n\n“We will reopen the pier,” Mara Quell said.\n\n“It has been closed too long.”')
    expect(article.quotes.map((quote) => quote.attribution?.evidence)).toEqual(['said-after', 'running-quote'])
  })
})
