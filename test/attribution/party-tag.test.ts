import {describe, expect, it} from 'vitest'
import {speakerWordsBeforeCue} from './speaker-before-cue.js'
import {partyTagStart} from '../../src/attribution/party-tag.js'
import {tokenize} from '../../src/attribution/tokenize.js'

// Rows of [sentence, the speaker read before the cue].
const rows: [string, string | undefined][] = [
  ['Sen. Mara Quell (D-Ore.) said the vote was close.', 'Sen. Mara Quell'],
  ['Rep. Tomas Ruiz (R-N.Y.) said the vote was close.', 'Rep. Tomas Ruiz'],
  ['Tomas Ruiz, R-Texas, said the vote was close.', 'Tomas Ruiz'],
  ['Quell (D) said the vote was close.', 'Quell'],
  ['Tomas Ruiz, a farmer, said the vote was close.', 'Tomas Ruiz']
]

describe('partyTagStart', () => {
  it.each(rows)('%s', (sentence, expected) => {
    expect(speakerWordsBeforeCue(sentence)).toBe(expected)
  })

  it('returns the end unchanged when no tag stands there', () => {
    const tokens = tokenize('Mara Quell said')
    expect(partyTagStart(tokens, 2, 0)).toBe(2)
    const bracketed = tokenize('Quell (of Vale) said')
    expect(partyTagStart(bracketed, 5, 0)).toBe(5)
    const apposed = tokenize('Quell, Vale, said')
    expect(partyTagStart(apposed, 4, 0)).toBe(4)
  })
})
