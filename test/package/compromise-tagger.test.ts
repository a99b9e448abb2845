import {existsSync, readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import nlp from 'compromise/two'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {loadTrimmedTagger, quotesCorpus, terms, type Nlp} from './tagger-terms.js'

// The ESM build ships compromise's tagger without the plugins this library
// never calls (scripts/compromise-tagger.mjs). Every term must get exactly the
// tags, text and offsets compromise/two gives it, or entities would differ
// between the builds.

let trimmed: Nlp
// The built module, made once: building it (esbuild, then terser) takes about 6.5 CPU seconds.
let code = ''
let remove = () => {}

beforeAll(async () => {
  ;({tagger: trimmed, code, remove} = await loadTrimmedTagger())
}, 60_000)

afterAll(() => remove())

// Invented sentences: names of each kind, contractions (both compromise's
// plugins for them), numbers, dates, titles, possessives, hyphens and odd marks.
const sentences = [
  'Jane Doe, a spokeswoman for the Orchard Valley Water Board, said on Tuesday that the dam would reopen.',
  "We can't say what they'd do, and she's sure it isn't over, the mayor of Wenbrook told reporters.",
  'Dr. Amal Haddad of Northfield University met Prime Minister Lee in Paris on March 3, 2024.',
  'The company, Brightline Freight Inc., lost $4.5 million — about 12% of its sales — in the third quarter.',
  '“It’s a long road,” said Sen. Tomas Varga (D-Ore.), who leads the panel’s inquiry.',
  'Officials in Kabul and Islamabad denied the reports; the Taliban did not respond.',
  'IBM, NASA and the U.N. each sent two people. Ms. O’Neill-Smith will go, won’t she?',
  'He gonna wanna see the 3rd- and 4th-graders at 9:30 a.m. #news @desk :)'
]

describe('the trimmed compromise tagger (the ESM build)', () => {
  it('sets up the same world as compromise/two, less typeahead, the View output methods and the computes no hook runs', () => {
    const world = (tagger: Nlp) => tagger.world() as unknown as {hooks: string[]; compute: object; model: {one: {lexicon: object; tagSet: object}}}
    const full = world(nlp)
    const ours = world(trimmed)
    // What scripts/compromise-tagger.mjs leaves out of the computes: typeahead, and those that run only when a caller names them.
    const unhooked = ['root', 'penn', 'tagRank', 'freq', 'wordCount']
    for (const name of unhooked) expect(full.hooks).not.toContain(name)
    expect(ours.hooks).toEqual(full.hooks.filter((hook) => hook !== 'typeahead'))
    expect(Object.keys(ours.compute)).toEqual(Object.keys(full.compute).filter((name) => name !== 'typeahead' && !unhooked.includes(name)))
    expect(Object.keys(ours.model.one.lexicon).length).toBe(Object.keys(full.model.one.lexicon).length)
    expect(Object.keys(ours.model.one.tagSet)).toEqual(Object.keys(full.model.one.tagSet))
  })

  it.each(sentences)('tags every term as compromise/two does: %s', (sentence) => {
    expect(terms(trimmed, sentence)).toEqual(terms(nlp, sentence))
  })

  it('tags every fixture input as compromise/two does', () => {
    const fixtures = path.resolve('test/fixtures')
    const inputs = readdirSync(fixtures).flatMap((name) =>
      ['input.txt', 'input.md', 'input.html'].map((file) => path.join(fixtures, name, file)).filter((file) => existsSync(file))
    )
    expect(inputs.length).toBeGreaterThan(0)
    for (const input of inputs) {
      const text = readFileSync(input, 'utf8')
      expect(terms(trimmed, text), input).toEqual(terms(nlp, text))
    }
  })

  // One article in eight (tagging one takes as long as a page of the unit suite); `npm run test:slow` tags every one
  // (test/slow/compromise-tagger-corpus.test.ts), and `.ci/run` runs both.
  const corpus = quotesCorpus()
  it.skipIf(corpus === undefined)('tags one article in eight of the quotes corpus as compromise/two does (skipped without ../shared/corpus)', () => {
    const articles = (corpus ?? []).filter((_, index) => index % 8 === 0)
    expect(articles.length).toBeGreaterThan(0)
    for (const file of articles) {
      const text = readFileSync(file, 'utf8')
      expect(terms(trimmed, text), path.basename(file)).toEqual(terms(nlp, text))
    }
  })

  it('carries compromise’s license', () => {
    expect(code.startsWith('/*! news-anatomy bundles compromise 14.')).toBe(true)
    expect(code).toContain('Copyright (c) 2019 Spencer Kelly')
    expect(code).toContain('Permission is hereby granted, free of charge')
  })
})
