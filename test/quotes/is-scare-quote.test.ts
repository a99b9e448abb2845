import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'

/** Quotes as `kind|speaker|words`. */
function read(body: string): string[] {
  return parseArticle('Fans Pack the Arena\n\n' + body).quotes.map((quote) => `${quote.kind}|${quote.attribution?.speaker.name ?? '-'}|${quote.text}`)
}

// Rows of [sentence, expected quotes]; every sentence is invented for the test.
const rows: [string, string[]][] = [
  ['Ana Pereira met the team on Monday.\n\nClubs across the league hold “pinkouts” to raise money.', []],
  ['Senator Ana Pereira blamed “outside agitators” for the damage.', []],
  ['Tom Reyes beat Joe “The Hammer” Silva in the final round.', []],
  ['Senator Ana Pereira blamed “people who never come to the games” for the damage.', ['partial|Ana Pereira|people who never come to the games']],
  ['Senator Ana Pereira called the ruling “a disgrace.”', ['partial|Ana Pereira|a disgrace.']],
  ['Senator Ana Pereira has encouraged both parties to focus on the “real problem,” the deficit.', ['partial|Ana Pereira|real problem,']]
]

describe('short quoted fragments with no cue are not speech', () => {
  it.each(rows)('%s', (body, expected) => {
    expect(read(body)).toEqual(expected)
  })
})
