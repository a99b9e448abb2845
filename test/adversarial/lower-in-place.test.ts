import {describe, expect, it} from 'vitest'
import {lowerInPlace} from '../../src/lower-in-place.js'

// [text, same-length lower case]
const rows: Array<[string, string]> = [
  ['Jane Doe', 'jane doe'],
  ['Defne Kİ', 'defne kİ'],
  ['İSTANBUL', 'İstanbul'],
  ['ÖZBİLGİ said', 'özbİlgİ said'],
  ['', '']
]

describe('lowerInPlace', () => {
  it.each(rows)('%j → %j', (text, lower) => {
    expect(lowerInPlace(text)).toBe(lower)
    expect(lowerInPlace(text)).toHaveLength(text.length)
  })

  it('differs from toLowerCase exactly where that changes the length', () => {
    expect('Kİ'.toLowerCase()).toHaveLength(3)
    expect(lowerInPlace('Kİ')).toHaveLength(2)
  })
})
