import {describe, expect, it} from 'vitest'
import {findBinary} from '../../src/check/find-binary.js'
import {findMojibake} from '../../src/check/find-mojibake.js'
import {findReplacementCharacters} from '../../src/check/find-replacement-characters.js'
import {createLocator} from '../../src/locate.js'

const story = 'Harbour board delays ferry\n\nThe new ferry will start sailing in the spring, the harbour board said on Tuesday.\n'
// Bytes as a string, the way `readFileSync(path, 'latin1')` or a mis-set decoder gives them.
const bytes = (...codes: number[]) => String.fromCharCode(...codes)
const elf = bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0, 1, 0, 0, 0) + 'text'.repeat(20)
const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52) + '\ufffd\u0003\ufffdx\ufffd\u0010'.repeat(40)
const undecodable = '\ufffd\ufffdA\ufffd\ufffd\ufffdB\ufffd'.repeat(50)

describe('findBinary', () => {
  it.each<[label: string, input: string, offset: number]>([
    ['an ELF executable', elf, 0],
    ['a PNG image', png, 0],
    ['bytes that decode to nothing', undecodable, 0],
    ['a story followed by NUL padding', story + '\0'.repeat(16), story.length],
    ['a story with control characters throughout', story.replace(/ /g, '\u0001'), story.indexOf(' ')]
  ])('is fatal for %s, placed at the first odd character', (_label, input, offset) => {
    const message = findBinary(input, createLocator(input))
    expect(message).toMatchObject({ruleId: 'binary-input', fatal: true, source: 'news-anatomy'})
    expect(message?.place?.start.offset).toBe(offset)
  })

  it.each<[label: string, input: string]>([
    ['a story', story],
    ['a story with tabs, form feeds and CRLF', story.replace(/\n/g, '\r\n').replace('The', '\tThe\f')],
    ['a story with one stray NUL', story.replace('ferry will', 'ferry\0will')],
    ['a page with a stray NUL in each of two paragraphs', `<p>${story.replace('ferry will', 'ferry\0will')}</p><p>${story.replace('the spring', 'the\0spring')}</p>`],
    ['a story with a few replacement characters', story.replace(/e/g, '\ufffd').slice(0, 60) + story],
    ['an empty input', '']
  ])('says nothing of %s', (_label, input) => {
    expect(findBinary(input, createLocator(input))).toBeUndefined()
  })
})

describe('findReplacementCharacters', () => {
  it.each<[input: string, count: RegExp, offset: number]>([
    ['The caf\ufffd on the quay reopened.', /a U\+FFFD replacement character/, 7],
    ['Se\ufffdor Ruiz and Ana Mu\ufffdoz met in Bogot\ufffd.', /3 U\+FFFD replacement characters/, 2]
  ])('%j: counted and placed at the first', (input, count, offset) => {
    const message = findReplacementCharacters(input, createLocator(input))
    expect(message).toMatchObject({ruleId: 'replacement-character'})
    expect(message?.reason).toMatch(count)
    expect(message?.fatal).toBeUndefined()
    expect(message?.place?.start.offset).toBe(offset)
  })

  it('says nothing of clean text', () => {
    expect(findReplacementCharacters(story, createLocator(story))).toBeUndefined()
  })
})

describe('findMojibake', () => {
  it.each<[input: string, offset: number]>([
    ['The cafÃ© on the quay reopened.', 7],
    ['She said she donâ€™t know.', 16],
    ['Price:Â\u00a0twelve', 6]
  ])('%j is UTF-8 read as Latin-1', (input, offset) => {
    const message = findMojibake(input, createLocator(input))
    expect(message).toMatchObject({ruleId: 'mojibake'})
    expect(message?.place?.start.offset).toBe(offset)
  })

  it.each(['São Paulo’s mayor met Åsa Lind and Ärzte ohne Grenzen.', 'ÀÉÎÕÜ and ©2026 »quoted«', story])('%j is fine', (input) => {
    expect(findMojibake(input, createLocator(input))).toBeUndefined()
  })
})
