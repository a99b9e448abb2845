import {describe, expect, it} from 'vitest'
import {findNameRuns} from '../../src/entities/find-name-runs.js'
import {bestKind, weighKind} from '../../src/entities/weigh-kind.js'

// Rows of [sentence, the name run to weigh, the kind its words point to (undefined: too little evidence)].
const rows: [string, string, 'person' | 'organization' | 'place' | undefined][] = [
  ['The envoy met harbour chief Ivo Lund.', 'Ivo Lund', 'person'],
  ['A ferry captain, Tove Brenner, spoke.', 'Tove Brenner', 'person'],
  ['Tove Brenner, the deputy head of the union, spoke.', 'Tove Brenner', 'person'],
  ['She met President Ida Varga.', 'Ida Varga', 'person'],
  ['She spoke to the Harbour Pilots Association.', 'Harbour Pilots Association', 'organization'],
  ['She wrote to the Office of Harbour Safety (OHS) on Monday.', 'Office of Harbour Safety', 'organization'],
  ['The raid was in the province of Vardak.', 'Vardak', 'place'],
  ['They met in Kelmar, Portugal.', 'Kelmar', 'place'],
  ['The boats sailed to Lisbon.', 'Lisbon', 'place'],
  ['Talks ended on the Kessel River.', 'Kessel River', 'place'],
  ['Dozens of Brannock fighters were seen.', 'Brannock', 'organization'],
  ['She quoted the Brannock.', 'Brannock', 'organization'],
  ['It happened in Dunmore.', 'Dunmore', 'place'],
  ['Kessel Varn smiled.', 'Kessel Varn', undefined]
]

describe('weighKind', () => {
  it.each(rows)('%s (%s)', (text, name, expected) => {
    const {tokens, runs} = findNameRuns(text, new Set(['the', 'a', 'it', 'they', 'she', 'dozens', 'talks']), new Set())
    const run = runs.find((entry) => text.slice(entry.start, entry.end) === name)
    expect(run, `no run "${name}"`).toBeDefined()
    expect(bestKind(weighKind(tokens, run!), 1.5)).toBe(expected)
  })
})
