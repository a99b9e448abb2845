import {describe, expect, it} from 'vitest'
import {findNameRuns} from '../../src/entities/find-name-runs.js'
import {linkAliases} from '../../src/entities/link-aliases.js'
import {nameKey} from '../../src/entities/name-groups.js'

// Rows of [text, pairs of names joined].
const rows: [string, string[][]][] = [
  ['Omar Dass, also known as Tailor, spoke.', [['omar dass', 'tailor']]],
  ['Omar Dass, a.k.a. Tailor Reyes, spoke.', [['omar dass', 'tailor reyes']]],
  ['Lena Okafor left. Also known as a singer, Paul Dray stayed.', []],
  ['Omar Dass, also called by many of his old friends in town Tailor, spoke.', []],
  ['Omar Dass spoke to Lena Okafor.', []]
]

describe('linkAliases', () => {
  it.each(rows)('%s', (text, expected) => {
    const {runs, tokens} = findNameRuns(text, new Set(['also', 'spoke', 'left', 'stayed', 'a', 'by', 'many', 'of', 'his', 'old', 'friends', 'in', 'town', 'to']), new Set())
    const joined: string[][] = []
    linkAliases(tokens, runs.map((run) => ({run, key: nameKey(text.slice(run.start, run.end))})), (a, b) => joined.push([a, b]))
    expect(joined).toEqual(expected)
  })
})
