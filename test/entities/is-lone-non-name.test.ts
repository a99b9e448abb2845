import {describe, expect, it} from 'vitest'
import {findNameRuns} from '../../src/entities/find-name-runs.js'
import {isLoneNonName} from '../../src/entities/is-lone-non-name.js'

// Rows of [text, run, whether it is a lone word that is no name].
const rows: [string, string, boolean][] = [
  ['They met an Islamist group.', 'Islamist', true],
  ['They met Eric yesterday.', 'Eric', false],
  ['They met Ana Lowe yesterday.', 'Ana Lowe', false],
  ['They met the HSB yesterday.', 'HSB', false]
]

describe('isLoneNonName', () => {
  it.each(rows)('%s', (text, name, expected) => {
    const {runs, tokens} = findNameRuns(text, new Set(['they', 'met', 'an', 'group', 'yesterday', 'the']), new Set())
    const run = runs.find((candidate) => text.slice(candidate.start, candidate.end) === name)!
    expect(run).toBeDefined()
    expect(isLoneNonName(tokens, run, name)).toBe(expected)
  })
})
