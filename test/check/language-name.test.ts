import {describe, expect, it} from 'vitest'
import {languageName} from '../../src/check/language-name.js'

describe('languageName', () => {
  it.each<[lang: string, name: string | undefined]>([
    ['de', 'German'],
    ['fr', 'French'],
    ['vi', 'Vietnamese'],
    ['ja', 'Japanese'],
    ['und-Cyrl', 'a language in Cyrillic script'],
    ['und-Arab', 'a language in Arabic script'],
    ['und-Deva', 'a language in Devanagari script'],
    ['und', undefined],
    ['und-Qaaa', undefined],
    ['xx', undefined],
    ['not a tag', undefined]
  ])('%s → %s', (lang, name) => {
    expect(languageName(lang)).toBe(name)
  })
})
