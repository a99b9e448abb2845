import {describe, expect, it} from 'vitest'
import {findNameRuns} from '../../src/attribution/find-names.js'
import {tokenize} from '../../src/attribution/tokenize.js'

// Rows of [sentence, the name runs found].
const rows: [string, string[]][] = [
  ['Irish golfer Ada Quinn won.', ['Ada Quinn']],
  ['When Ana Pereira spoke, Tom Reyes left.', ['Ana Pereira', 'Tom Reyes']],
  ['The bridge belongs to the City of Linden now.', ['City of Linden']],
  ["Users of Linden's Harbor Shelter program came.", ['Harbor Shelter']],
  ['Mayor Pereira’s Bridge Plan failed.', ['Mayor Pereira’s', 'Bridge Plan']],
  ['It is out of Linden.', []]
]

describe('findNameRuns', () => {
  it.each(rows)('%s', (sentence, expected) => {
    const tokens = tokenize(sentence)
    const runs = findNameRuns(tokens).map((run) => sentence.slice(tokens[run.first]!.start, tokens[run.last - 1]!.end))
    expect(runs).toEqual(expected)
  })
})
