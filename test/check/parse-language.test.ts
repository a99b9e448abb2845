import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {samples} from './language-samples.js'

// A whole article in German: the English-only stages must not read "Die Opposition" as a person.
const german = [
  'Opposition stimmt gegen den Haushalt',
  `${samples.de}`,
  '„Wir werden diesen Haushalt nicht mittragen“, sagte die Sprecherin der Opposition, Anna Keller.',
  'Die Opposition will nun vor Gericht ziehen, wenn die Regierung an ihren Plänen festhält.'
].join('\n\n')
const english = ['Harbour board delays ferry', samples.en, '“We are sorry for the wait,” said Ana Lowe, a spokesperson for the board.'].join('\n\n')

describe('parseArticle: language', () => {
  it('reads an English article as English, with its quotes', () => {
    const article = parseArticle(english)
    expect(article.lang).toBe('en')
    expect(article.quotes.length).toBeGreaterThan(0)
    expect(article.messages.map((message) => message.ruleId)).not.toContain('not-english')
  })

  it.each<[format: 'text' | 'markdown' | 'html', input: string]>([
    ['text', german],
    ['markdown', `# ${german}`],
    ['html', `<html><body><article><h1>${german.split('\n\n').join('</h1><p>')}</p></article></body></html>`]
  ])('reads a German article (%s) as German and leaves quotes, speakers and entities empty', (format, input) => {
    const article = parseArticle(input, {format})
    expect(article.lang).toBe('de')
    expect(article.quotes).toEqual([])
    expect(article.speakers).toEqual([])
    expect(article.entities).toEqual([])
    expect(article.messages.find((message) => message.ruleId === 'not-english')?.reason).toMatch(/German \(de\)/)
    // The structure is still read.
    expect(article.sections.flatMap((section) => section.paragraphs).length).toBeGreaterThan(1)
  })

  it.each<[lang: string, english: boolean]>([
    ['de', false],
    ['fr-CA', false],
    ['en', true],
    ['en-GB', true],
    ['und', true]
  ])('lang option %s overrides what the words say', (lang, readsQuotes) => {
    const article = parseArticle(readsQuotes ? german : english, {lang})
    expect(article.lang).toBe(lang)
    expect(article.messages.some((message) => message.ruleId === 'not-english')).toBe(!readsQuotes)
    if (!readsQuotes) expect(article.quotes).toEqual([])
  })

  it.each<[label: string, lang: unknown]>([
    ['a number', 7],
    ['an empty string', ''],
    ['a language name', 'English'],
    ['an underscore tag', 'en_GB'],
    ['null', null]
  ])('throws a TypeError for a lang that is %s', (_label, lang) => {
    expect(() => parseArticle(english, {lang} as never)).toThrow(TypeError)
    expect(() => parseArticle(english, {lang} as never)).toThrow(/`options\.lang` must be 'auto' or a BCP 47 language tag/)
  })

  it('gives a short article "und" and still reads it', () => {
    const article = parseArticle('Ferry delayed\n\n“Sorry,” said Ana Lowe.')
    expect(article.lang).toBe('und')
    expect(article.quotes.length).toBe(1)
  })
})

describe('parseArticle: input that is not text', () => {
  const elf = `\u007fELF\u0002\u0001\u0001${'\u0000'.repeat(9)}\u0002\u0000>\u0000${'Headline\n\nSome words here.\n'.repeat(5)}`
  it('gives a binary input nothing but a fatal message', () => {
    const article = parseArticle(elf)
    expect(article).toMatchObject({captions: [], sections: [], quotes: [], entities: [], lang: 'und'})
    expect(article.headline).toBeUndefined()
    expect(article.messages).toEqual([expect.objectContaining({ruleId: 'binary-input', fatal: true})])
  })

  it('reads text with replacement characters, and says so first', () => {
    const article = parseArticle(english.replace('harbour', 'h\ufffdrbour'))
    expect(article.messages[0]).toMatchObject({ruleId: 'replacement-character'})
    expect(article.headline?.text).toBe('Harbour board delays ferry')
    expect(article.lang).toBe('en')
  })
})
