import {readFileSync} from 'node:fs'
import path from 'node:path'
import nlp from 'compromise/two'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {loadTrimmedTagger, quotesCorpus, terms, type Nlp} from '../package/tagger-terms.js'

// Every article of the quotes corpus (the packaging suite takes one in eight): the ESM build's trimmed tagger gives
// every term the tags, text and offsets compromise/two gives it. The corpora live outside the project; without them
// this says so and skips.
const corpus = quotesCorpus()
const articles = corpus ?? []
let trimmed: Nlp
let remove = () => {}

beforeAll(async () => {
  ;({tagger: trimmed, remove} = await loadTrimmedTagger())
}, 60_000)

afterAll(() => remove())

describe.skipIf(corpus === undefined)(`the trimmed compromise tagger on every quotes corpus article (${corpus ? `${articles.length} articles` : 'skipped: ../shared/corpus is absent'})`, () => {
  it('finds the articles', () => expect(articles.length).toBeGreaterThan(0))
  it.each(articles.map((file) => [path.basename(file), file]))('%s: every term tagged as compromise/two tags it', (_name, file) => {
    const text = readFileSync(file, 'utf8')
    expect(terms(trimmed, text)).toEqual(terms(nlp, text))
  }, 60_000)
})
