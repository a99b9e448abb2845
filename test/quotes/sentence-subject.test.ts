import {describe, expect, it} from 'vitest'
import {tokenize} from '../../src/attribution/tokenize.js'
import {parseArticle} from '../../src/index.js'
import {skipLeadingAdverbial} from '../../src/quotes/sentence-subject.js'

const headline = 'A headline for the harbour story\n\n'

// Rows of [sentence, the word the subject starts at].
const skips: [string, string][] = [
  ['In September, Lee left.', 'Lee'],
  ['In a long speech at the harbour hall in Portvik on Tuesday night, Lee left.', 'Lee'],
  ['On Sunday morning Lee left the hall.', 'Lee'],
  ['Lee left the hall.', 'Lee'],
  // The participle's own comma opens no subject.
  ['On the harbour Lee wrote a long letter, saying the pier was shut.', 'On']
]

// Rows of [sentence, the speaker of the participle's reported words].
const speakers: [string, string][] = [
  ['In a victory speech at the harbour hall in Portvik on Tuesday night, Mara Quell struck a calm tone, saying the pier would reopen.', 'Mara Quell'],
  ['On Sunday morning Mara Quell made a third attempt to calm the crowd, writing on her blog that the pier would reopen.', 'Mara Quell']
]

describe('skipLeadingAdverbial', () => {
  it.each(skips)('%s', (sentence, word) => {
    const tokens = tokenize(sentence)
    let ceil = tokens.findIndex((token) => token.text === 'saying')
    if (ceil < 0) ceil = tokens.length - 1
    expect(tokens[skipLeadingAdverbial(tokens, 0, ceil)]!.text).toBe(word)
  })
  it.each(speakers)('%s', (sentence, speaker) => {
    const quote = parseArticle(headline + sentence).quotes.find((found) => found.kind === 'indirect')
    expect(quote?.attribution?.speaker.name).toBe(speaker)
  })
})
