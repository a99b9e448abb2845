import {describe, expect, it} from 'vitest'
import {canonicalName} from '../../src/entities/canonical-name.js'
import {NameGroups} from '../../src/entities/name-groups.js'
import {mentionsOf} from './mention-rows.js'

// Rows of [mentions (a trailing "^" marks a headline one), family links, name].
const rows: [string[], [string, string][], string][] = [
  [['Edda Nyberg', 'Nyberg', 'Nyberg'], [['edda nyberg', 'nyberg']], 'Edda Nyberg'],
  [['Nyberg’s'], [], 'Nyberg'],
  [['EDDA NYBERG^', 'Edda Nyberg'], [], 'Edda Nyberg'],
  [['Harbour Safety Board', 'HSB'], [['harbour safety board', 'hsb']], 'Harbour Safety Board'],
  // Two families (an alias): the one used most names the entity.
  [['Omar Dass', 'the Tailor', 'the Tailor'], [], 'the Tailor']
]

describe('canonicalName', () => {
  it.each(rows)('%j', (texts, links, name) => {
    const families = new NameGroups()
    for (const [a, b] of links) families.join(a, b)
    const mentions = mentionsOf(texts.map((text) => text.replace(/\^$/, '')), texts.map((text) => (text.endsWith('^') ? {headline: true} : {})))
    expect(canonicalName(mentions, families)).toBe(name)
  })
})
