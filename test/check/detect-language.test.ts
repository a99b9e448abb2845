import {describe, expect, it} from 'vitest'
import {detectLanguage} from '../../src/check/detect-language.js'
import {samples} from './language-samples.js'

describe('detectLanguage', () => {
  it.each<[name: keyof typeof samples, lang: string, english: boolean]>([
    ['en', 'en', true],
    ['de', 'de', false],
    ['fr', 'fr', false],
    ['es', 'es', false],
    ['it', 'it', false],
    ['pt', 'pt', false],
    ['nl', 'nl', false],
    ['sv', 'sv', false],
    ['pl', 'pl', false],
    // Few function words (case endings do their work): a low share still tells them.
    ['fi', 'fi', false],
    ['tr', 'tr', false],
    ['ru', 'und-Cyrl', false],
    ['ja', 'ja', false],
    ['zh', 'zh', false],
    ['el', 'el', false]
  ])('reads the %s sample as %s', (name, lang, english) => {
    expect(detectLanguage(samples[name])).toEqual({lang, english})
  })

  // Finnish and Turkish carry much with case endings, so few of their words are function words:
  // a short news item must still be told (a tenth of its words on the list).
  it('reads a short Finnish news item as Finnish', () => {
    const text =
      'Valtuusto hyväksyi tiistaina kaupungin uuden budjetin äänin kolmekymmentä kahdeksan. Päätöksen jälkeen pormestari kiitti ' +
      'virkamiehiä pitkästä työstä ja lupasi, että verot eivät nouse ensi vuonna, vaikka menot kasvavat.'
    expect(detectLanguage(text)).toEqual({lang: 'fi', english: false})
  })

  it.each<[label: string, text: string, lang: string]>([
    ['too short to tell', 'Ferry delayed again', 'und'],
    ['a short line in German', 'Die Fähre fährt wieder', 'und'],
    ['English quoting a German phrase', `${samples.en} The sign at the quay read “Die Fähre fährt heute nicht”, and nobody was surprised.`, 'en'],
    ['English with a French name in it', `${samples.en} Le Petit Café on the quay said it would stay open.`, 'en'],
    ['a list of names and numbers', 'Smith 12 Jones 9 Brown 7 Patel 6 Nguyen 4 Garcia 3 Kowalski 2 Okafor 2 Larsen 1 Rossi 1 Müller 1 Silva 1 Tanaka 1 Dubois 1 Ivanova 1 Haddad 1 Cohen 1 Moreau 1 Novak 1', 'und']
  ])('%s → %s, read as English', (_label, text, lang) => {
    expect(detectLanguage(text)).toEqual({lang, english: true})
  })
})
