import {describe, expect, it} from 'vitest'
import {findNameRuns} from '../../src/entities/find-name-runs.js'

// Rows of [text, words the article writes in lower case, runs expected ("!" marks a run a title stood before)].
const rows: [string, string[], string[]][] = [
  ['Lena Okafor met Paul Dray in Lisbon.', [], ['Lena Okafor', 'Paul Dray', 'Lisbon']],
  ['The ferry left Dunmore on Tuesday in March.', ['the'], ['Dunmore']],
  ['Then Ana Lowe spoke.', ['then'], ['Ana Lowe']],
  ['President Ida Varga and Sen. Tom Reyes spoke.', [], ['!Ida Varga', '!Tom Reyes']],
  ['The Eastland Secretary of State Mara Kell left.', ['the'], ['Eastland', '!Mara Kell']],
  ['She joined the Bank of Norland.', [], ['Bank of Norland']],
  ['Abu Karim al-Tamimi, the group’s founder, spoke.', [], ['Abu Karim al-Tamimi']],
  ['Kelmar’s harbour chief Ivo Lund spoke.', [], ['Kelmar', 'Ivo Lund']],
  ['The E.U.-Norland deal and the Brookside-based firm.', ['the'], ['E.U.', 'Norland', 'Brookside']],
  ['Glorious Norland has many lakes.', [], ['Norland']],
  ['“Unfortunately, Norland is far,” she said.', [], ['Norland']],
  ['I think Norland is far.', [], ['Norland']],
  ['', [], []]
]

describe('findNameRuns', () => {
  it.each(rows)('%s', (text, lower, expected) => {
    const {runs} = findNameRuns(text, new Set(lower), new Set(['Norland']))
    expect(runs.map((run) => `${run.titled ? '!' : ''}${text.slice(run.start, run.end)}`)).toEqual(expected)
  })
})
