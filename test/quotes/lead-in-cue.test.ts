import {describe, expect, it} from 'vitest'
import {tokenize} from '../../src/attribution/tokenize.js'
import {leadInCue} from '../../src/quotes/lead-in-cue.js'
import {parseArticle} from '../../src/index.js'

// Rows of [last sentence of a paragraph, expected "speaker|cue" or undefined]; every sentence is invented.
const sentences: [string, string | undefined][] = [
  ['Pereira continued:', 'Pereira|continued'],
  ['Here is what the mayor told reporters:', 'the mayor|told'],
  ['She added:', 'She|added'],
  ['The harbour board responded:', 'The harbour board|responded'],
  ['Ana Pereira, a councillor, said after the vote:', 'Ana Pereira|said'],
  // No cue word: a person or he/she with its verb, the colon being the cue.
  ['Pereira then listed the reasons for the delay:', 'Pereira|:'],
  ['He then listed three conditions for a deal:', 'He|:'],
  // No lead-in: no colon at the end, no speaker, a one-word name the article does not give in full, a title-case line.
  ['Pereira continued on Monday.', undefined],
  ['Here they are:', undefined],
  ['Reyes then listed the reasons for the delay:', undefined],
  ['Wait, it gets better:', undefined],
  ['From Ana Lee Writing at The Harbour Post:', undefined]
]

describe('leadInCue', () => {
  it.each(sentences)('%s', (text, expected) => {
    const tokens = tokenize(text)
    let ceil = tokens.length
    while (ceil > 0 && /^[.!?]$/.test(tokens[ceil - 1]!.text)) ceil--
    const found = leadInCue(text, tokens, 0, ceil, (name) => name === 'Pereira')
    const words = (range: {first: number; last: number}) => text.slice(tokens[range.first]!.start, tokens[range.last - 1]!.end)
    expect(found && `${words(found.reading.mention)}|${words(found.cue)}`).toBe(expected)
  })
})

const headline = 'Council Votes on New Bridge Plan\n\n'

// Rows of [body paragraphs, expected quotes as "speaker|mention|cue|words"]; every sentence is invented.
const articles: [string, string[]][] = [
  [
    'Ana Pereira spoke after the vote. Pereira continued:\n\n“We will build the bridge, and we will build it this year.”',
    ['Ana Pereira|Pereira|continued|We will build the bridge, and we will build it this year.']
  ],
  [
    'Tom Reyes met voters on Monday. Later he told reporters:\n\n“The ferry stays until the bridge opens.”\n\n“Nobody will be stranded.”',
    ['Tom Reyes|he|told|The ferry stays until the bridge opens.', 'Tom Reyes|-|-|Nobody will be stranded.']
  ],
  // A quotation with an attribution of its own keeps it.
  [
    'Ana Pereira spoke first. Pereira continued:\n\n“We will build it,” said Tom Reyes, a councillor.',
    ['Tom Reyes|Tom Reyes|said|We will build it,']
  ],
  // A last sentence with a quotation of its own is no lead-in: the next quotation runs on from that one.
  [
    'Ana Pereira called it “a fine plan” and continued:\n\n“We build this year.”',
    ['Ana Pereira|Ana Pereira|called|a fine plan', 'Ana Pereira|-|-|We build this year.']
  ],
  // A paragraph that does not open with the quotation takes no lead-in.
  [
    'Ana Pereira spoke first. Pereira continued:\n\nIn a vote the council then called it “a fine plan.”',
    ['council|the council|called|a fine plan.']
  ]
]

describe('a lead-in paragraph through parseArticle', () => {
  it.each(articles)('%s', (body, expected) => {
    const text = headline + body
    const quotes = parseArticle(text).quotes.map((quote) => {
      const at = quote.attribution
      return [at?.speaker.name ?? '-', at?.speaker.mention?.text ?? '-', at?.cue?.text ?? '-', quote.text].join('|')
    })
    expect(quotes).toEqual(expected)
    // Every mention and cue slices back from the input at its position.
    for (const quote of parseArticle(text).quotes) {
      for (const phrase of [quote.attribution?.speaker.mention, quote.attribution?.cue]) {
        if (phrase) expect(text.slice(phrase.position.start.offset, phrase.position.end.offset)).toBe(phrase.text)
      }
    }
  })
})
