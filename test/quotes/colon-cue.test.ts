import {describe, expect, it} from 'vitest'
import {tokenize} from '../../src/attribution/tokenize.js'
import {colonCue} from '../../src/quotes/colon-cue.js'
import {parseArticle} from '../../src/index.js'

// Rows of [sentence, expected "speaker|words" or undefined]; every sentence is invented.
const rows: [string, string | undefined][] = [
  ['Harbour Board: Ferry fares will rise in May', 'Harbour Board|Ferry fares will rise in May'],
  ['Poll: Reyes and Lee hold narrow leads in Halton', 'Poll|Reyes and Lee hold narrow leads in Halton'],
  ['Pereira: the plan is dead and we know it', 'Pereira|the plan is dead and we know it'],
  // Labels, section heads in capitals, times, lists, quotations and unknown single words are no colon cue.
  ['Update: the ferry will run on Sunday', undefined],
  ['DAY IN HALTON: Fares rose 2 per cent on Tuesday', undefined],
  ['At 10:30 the ferry left the pier', undefined],
  ['Ohio Delegates: Ana Pereira, Tom Reyes, Lena Okafor, Sam Ortiz, Dana Lee', undefined],
  ['Harbour Board: “We will raise fares.”', undefined],
  ['Bridges: the city has three of them now', undefined]
]

describe('colonCue', () => {
  it.each(rows)('%s', (text, expected) => {
    const tokens = tokenize(text)
    const quoted = (offset: number) => {
      const open = text.indexOf('“')
      return open >= 0 && offset >= open && offset <= text.indexOf('”')
    }
    const found = colonCue(text, tokens, 0, tokens.length, quoted, (name) => name === 'Pereira')
    const words = (range: {first: number; last: number}) => text.slice(tokens[range.first]!.start, tokens[range.last - 1]!.end)
    expect(found && `${words(found.mention)}|${words(found.piece)}`).toBe(expected)
  })
})

/** Each quote of a body paragraph as `kind|speaker|cue|evidence|words`. */
function read(body: string): string[] {
  return parseArticle(`Council Votes on New Bridge Plan\n\n${body}`).quotes.map((quote) => {
    const at = quote.attribution
    return [quote.kind, at?.speaker.name ?? '-', at?.cue?.text ?? '-', at?.evidence ?? '-', quote.text].join('|')
  })
}

// Rows of [body paragraph, expected quotes]: a speaker and a colon right before a quotation (headlines, transcripts).
const quoteRows: [string, string[]][] = [
  ['Ana Pereira: “The ferry will stop running in May.”', ['direct|Ana Pereira|:|colon-cue|The ferry will stop running in May.']],
  ['Harbour Board: ‘We Will Not Raise Fares This Year.’', ['direct|Harbour Board|:|colon-cue|We Will Not Raise Fares This Year.']],
  // A label before the colon is no speaker, and a colon later in the sentence is not the one that opens it.
  ['Update: “The ferry will stop running in May.”', ['direct|-|-|-|The ferry will stop running in May.']],
  ['Ana Pereira put it plainly: “The ferry will stop running in May.”', ['direct|-|-|-|The ferry will stop running in May.']]
]

describe('a quotation after a speaker and a colon', () => {
  it.each(quoteRows)('%s', (body, expected) => {
    expect(read(body)).toEqual(expected)
  })
})

// Rows of [body paragraph, expected quotes]: a speaker, a colon and words that hold a quoted fragment (a headline's
// "mixed" quote). The fragment alone makes no quote, so the whole statement is the speaker's.
const fragmentRows: [string, string[]][] = [
  ['Ana Pereira: Ferry plan is a ‘proven failure’ for the town', ['indirect|Ana Pereira|:|colon-cue|Ferry plan is a ‘proven failure’ for the town']],
  ['Harbour Board: Time for “bold” action on fares.', ['indirect|Harbour Board|:|colon-cue|Time for “bold” action on fares']],
  // A fragment with a cue of its own keeps its speaker, and the colon reads nothing more.
  ['Update: the board will act “within days,” Ana Pereira said.', ['partial|Ana Pereira|said|said-after|within days,']]
]

describe('a statement with a quoted fragment after a speaker and a colon', () => {
  it.each(fragmentRows)('%s', (body, expected) => {
    expect(read(body)).toEqual(expected)
  })
})
