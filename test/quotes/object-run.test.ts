import {describe, expect, it} from 'vitest'
import {tokenize} from '../../src/attribution/tokenize.js'
import {objectRun} from '../../src/quotes/object-run.js'

// Rows of [words, the object's words, how many stand outside quotation marks]; every phrase is invented.
const rows: [string, string, number][] = [
  ['the new budget, then left', 'the new budget', 3],
  ['the levy; the board agreed', 'the levy', 2],
  ['the “reckless” plan.', 'the “reckless” plan', 2],
  ['a “plan, with holes” today', 'a “plan, with holes” today', 2]
]

describe('objectRun', () => {
  it.each(rows)('%s', (words, object, outside) => {
    const tokens = tokenize(words)
    const open = words.indexOf('“')
    const close = words.indexOf('”')
    const run = objectRun(tokens, 0, tokens.length, (offset) => open >= 0 && offset > open && offset < close)
    expect([words.slice(0, tokens[run.last - 1]!.end), run.outside]).toEqual([object, outside])
  })

  it('ends where the caller says the object ends', () => {
    const tokens = tokenize('the vandalism and promised repairs')
    const run = objectRun(tokens, 0, tokens.length, () => false, (index) => tokens[index]!.lower === 'and')
    expect(run).toEqual({last: 2, outside: 2})
  })
})
