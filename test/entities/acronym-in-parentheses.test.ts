import {describe, expect, it} from 'vitest'
import {acronymInParentheses} from '../../src/entities/acronym-in-parentheses.js'
import {findNameRuns} from '../../src/entities/find-name-runs.js'

// Rows of [text, acronym read after its first name run].
const rows: [string, string | undefined][] = [
  ['The Harbour Safety Board (HSB) met.', 'HSB'],
  ['The Bank of Norland (B.N.) lent more.', 'B.N.'],
  ['The Harbour Safety Board (XYZ) met.', undefined],
  ['The Harbour Safety Board (HSB met.', undefined],
  ['The Harbour Safety Board said HSB met.', undefined]
]

describe('acronymInParentheses', () => {
  it.each(rows)('%s', (text, expected) => {
    const {runs, tokens} = findNameRuns(text, new Set(['the']), new Set())
    const run = runs[0]!
    expect(acronymInParentheses(tokens, run, text.slice(run.start, run.end))).toBe(expected)
  })
})
