import {describe, expect, it} from 'vitest'
import {isSameDescribed} from '../../src/attribution/same-described.js'

const none: readonly string[] = []
// Rows of [known source's name, its issuer's name or undefined, mention's head, mention's name, expected]; invented.
const rows: [string, string | undefined, string, string, boolean][] = [
  ['health department', undefined, 'department', 'department', true],
  ['department', undefined, 'department', 'health department', true],
  ['fire department', undefined, 'department', 'health department', false],
  ['provincial government', undefined, 'government', 'federal government', false],
  ['province’s annual report', undefined, 'report', 'annual report', true],
  ['province’s report', undefined, 'report', 'city’s report', false],
  ['report', 'Lakeside Transit', 'report', 'Lakeside Transit’s report', true],
  ['report', 'province', 'report', 'city’s report', false],
  ['police report', undefined, 'report', 'report', true],
  ['police report', undefined, 'memo', 'memo', false],
  ['U.N. report', undefined, 'report', 'report', true]
]

describe('isSameDescribed', () => {
  it.each(rows)('%s (issuer %s) ~ %s / %s', (name, issuer, head, mention, expected) => {
    const known = {name, head: name.split(' ').at(-1)!.toLowerCase(), ...(issuer ? {issuer: {name: issuer, aliases: none}} : {})}
    expect(isSameDescribed(known, head, mention)).toBe(expected)
  })
})
