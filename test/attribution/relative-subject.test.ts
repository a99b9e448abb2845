import {describe, expect, it} from 'vitest'
import {relativeSubject} from '../../src/attribution/relative-subject.js'
import {tokenize} from '../../src/attribution/tokenize.js'

// Rows of [sentence, the cue word, expected "pronoun|antecedent" or undefined]; every sentence is invented.
const rows: [string, string, string | undefined][] = [
  ['Tenants who say the heat is off called the city.', 'say', 'who|Tenants'],
  ['Ana Pereira, who said the pier was unsafe, closed it.', 'said', 'who|Ana Pereira'],
  ['Harbour officials who said the ferry was late apologised.', 'said', 'who|Harbour officials'],
  // A capitalised "Who" opens a question; a "who" with no noun before it stands for nobody named.
  ['Who said the pier was safe?', 'said', undefined],
  ['It was unclear to him who said it first.', 'said', undefined]
]

describe('relativeSubject', () => {
  it.each(rows)('%s', (sentence, cue, expected) => {
    const tokens = tokenize(sentence)
    const found = relativeSubject(tokens, tokens.findIndex((token) => token.text === cue), 0)
    const words = (range: {first: number; last: number}) => tokens.slice(range.first, range.last).map((token) => token.text).join(' ')
    expect(found && `${words(found.mention)}|${words(found.antecedent)}`).toBe(expected)
  })
})
