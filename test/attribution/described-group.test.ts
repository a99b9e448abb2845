import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'

/** Speaker name of each quote. */
function speakers(body: string): (string | undefined)[] {
  return parseArticle('Club Sale Stalls\n\n' + body).quotes.map((quote) => quote.attribution?.speaker.name)
}

// Rows of [sentence, expected speaker names]; every sentence is invented for the test.
const rows: [string, (string | undefined)[]][] = [
  ['The club has been looking for a buyer, according to sources familiar with the talks who were not allowed to speak.', ['sources familiar with the talks']],
  ['The club wanted a deal by the spring, said people close to the owners.', ['people close to the owners']],
  ['The club wanted a deal by the spring, according to sources.', ['sources']],
  ['The club wanted a deal by the spring, said Ana Pereira, the club president.', ['Ana Pereira']],
  ['The club wanted a deal by spring, according to sources familiar with the talks.\n\nThe owners will sell the stadium too, sources said.', ['sources familiar with the talks', 'sources familiar with the talks']],
  ['The owners will sell the stadium too, sources said.', ['sources']]
]

describe('a group described by what it knows keeps its description', () => {
  it.each(rows)('%s', (body, expected) => {
    expect(speakers(body)).toEqual(expected)
  })
})
