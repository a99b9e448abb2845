import {describe, expect, it} from 'vitest'
import {cueAt} from '../../src/attribution/cue-words.js'
import {tokenize} from '../../src/attribution/tokenize.js'
import {parseArticle} from '../../src/index.js'
import {conjunctionBefore} from '../../src/quotes/conjunction-before.js'

// Rows of [sentence, the (last) cue word, the conjunction found or undefined]; every sentence is invented.
const rows: [string, string, string | undefined][] = [
  ['Ana Pereira said the pier was unsafe and said it would stay shut.', 'said', 'and'],
  ['Ana Pereira said the pier was unsafe, but later argued it could reopen.', 'argued', 'but'],
  ['Tom Reyes said the toll was fair, and also noted that it would fall.', 'noted', 'and'],
  // The cue has a subject of its own: that clause may be part of what the first speaker reported.
  ['Ana Pereira said the pier was unsafe, but Tom Reyes said it could reopen.', 'said', undefined],
  ['Ana Pereira said the pier was unsafe and he also said it could reopen.', 'said', undefined],
  // No conjunction before the cue, or one that opens the sentence.
  ['Ana Pereira said the pier was unsafe, Tom Reyes said.', 'said', undefined],
  ['And said the pier was unsafe.', 'said', undefined]
]

describe('conjunctionBefore', () => {
  it.each(rows)('%s', (sentence, word, expected) => {
    const tokens = tokenize(sentence)
    const cue = cueAt(tokens, tokens.findLastIndex((token) => token.lower === word))!
    const join = conjunctionBefore(tokens, cue, 0)
    expect(join === undefined ? undefined : tokens[join]!.text).toBe(expected)
  })
})

// Rows of [body paragraph, expected reported words]: the first cue's words end where the joined cue starts.
const articles: [string, string[]][] = [
  ['Ana Pereira said the pier was unsafe for walkers and said the city would close it in May.', ['the pier was unsafe for walkers', 'the city would close it in May']],
  ['Tom Reyes said the toll was fair to drivers, but argued that the bridge needed a second lane.', ['the toll was fair to drivers', 'the bridge needed a second lane']],
  // A cue with a subject of its own leaves the first cue's words whole.
  ['Ana Pereira said the toll was fair to drivers and the mayor said the bridge needed a second lane.', ['the toll was fair to drivers and the mayor said the bridge needed a second lane', 'the bridge needed a second lane']]
]

describe('conjunctionBefore in findQuotes', () => {
  it.each(articles)('%s', (body, expected) => {
    expect(parseArticle(`Council Votes on New Bridge Plan\n\n${body}`).quotes.map((quote) => quote.text)).toEqual(expected)
  })
})
