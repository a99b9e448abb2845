import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'

/** Speaker name of each quote. */
function speakers(body: string): (string | undefined)[] {
  return parseArticle('Plant Closing Angers Town\n\n' + body).quotes.map((quote) => quote.attribution?.speaker.name)
}

// Rows of [sentence, expected speaker names]; every sentence is invented for the test.
const rows: [string, (string | undefined)[]][] = [
  ['“We are angry,” said factory worker Ana Pereira.', ['Ana Pereira']],
  ['“We are angry,” said steel and glass worker Ana Pereira.', ['Ana Pereira']],
  ['“We are angry,” said bus driver Tom Reyes.', ['Tom Reyes']],
  ['“We are angry,” said volunteer Tom Reyes.', ['Tom Reyes']],
  ['“We are angry,” said Tom Reyes, a bus driver.', ['Tom Reyes']]
]

describe('an occupation written before a name after the cue', () => {
  it.each(rows)('%s', (body, expected) => {
    expect(speakers(body)).toEqual(expected)
  })
})
