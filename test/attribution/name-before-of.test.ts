import {describe, expect, it} from 'vitest'
import {classifyMention} from '../../src/attribution/classify-mention.js'
import {tokenize} from '../../src/attribution/tokenize.js'

// Rows of [speaker words, the name read from them].
const rows: [string, string][] = [
  ['Mara Quell of Oregon', 'Mara Quell'],
  ['Gov. Tomas Ruiz of New Mexico', 'Tomas Ruiz'],
  ['Secretary of State Mara Quell', 'Mara Quell'],
  ['the Bank of Norland', 'Bank of Norland'],
  ['the University of Vale', 'University of Vale'],
  ['Quell of Oregon', 'Oregon']
]

describe('nameBeforeOf', () => {
  it.each(rows)('%s', (words, expected) => {
    const tokens = tokenize(words)
    expect(classifyMention(words, tokens, {first: 0, last: tokens.length}).name).toBe(expected)
  })
})
