import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'

/** Speaker name of each quote. */
function speakers(body: string): (string | undefined)[] {
  return parseArticle('Coach Search Drags On\n\n' + body).quotes.map((quote) => quote.attribution?.speaker.name)
}

// Rows of [sentence, expected speaker names]; every sentence is invented for the test.
const rows: [string, (string | undefined)[]][] = [
  ['The team has sought a coach for months, according to sources familiar with the search who were not allowed to speak.', ['sources familiar with the search']],
  ['The team wanted a coach by June, said people close to the owners.', ['people close to the owners']],
  ['The team wanted a coach by June, according to sources.', ['sources']],
  ['The team wanted a coach by June, said Ana Pereira, the team president.', ['Ana Pereira']],
  ['The team wanted a coach by June, according to sources familiar with the search.\n\nThe owners will rebuild the rink too, sources said.', ['sources familiar with the search', 'sources familiar with the search']],
  ['The owners will rebuild the rink too, sources said.', ['sources']]
]

describe('a group described by what it knows keeps its description', () => {
  it.each(rows)('%s', (body, expected) => {
    expect(speakers(body)).toEqual(expected)
  })
})
