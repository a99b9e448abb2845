import {describe, expect, it} from 'vitest'
import {titleBeforeEmployer} from '../../src/attribution/title-before-employer.js'
import {tokenize} from '../../src/attribution/tokenize.js'

// Rows of [phrase, the title's word or undefined]; the phrase's determiner is skipped as the reader skips it. Invented.
const rows: [string, string | undefined][] = [
  ['a lawyer for Tom Ruiz', 'lawyer'],
  ['a spokesperson for Metrofast', 'spokesperson'],
  ['a senior official with the Harbour Board', 'official'],
  ['a senior official with Harbour Board', 'official'],
  ['the mayor of Lakeside', 'mayor'],
  ['Secretary of State Ann Lowe', undefined],
  ['Harbour Board spokesperson for Europe', undefined],
  ['the organiser of the march', undefined],
  ['a spokesperson for the city', undefined],
  ['a spokesperson', undefined],
  ['spokesperson Ann Lee', undefined]
]

describe('titleBeforeEmployer', () => {
  it.each(rows)('%s', (phrase, expected) => {
    const tokens = tokenize(phrase)
    const first = /^(?:a|an|the)$/.test(tokens[0]!.lower) ? 1 : 0
    const found = titleBeforeEmployer(tokens, first, tokens.length)
    expect(found === undefined ? undefined : tokens[found]!.lower).toBe(expected)
  })
})
