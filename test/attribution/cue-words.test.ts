import {describe, expect, it} from 'vitest'
import {cueAt} from '../../src/attribution/cue-words.js'
import {tokenize} from '../../src/attribution/tokenize.js'

// Rows of [sentence, the word to test, expected base form or undefined].
const rows: [string, string, string | undefined][] = [
  ['she said it', 'said', 'say'],
  ['they warn that', 'warn', 'warn'],
  ['he was told to go', 'told', undefined],
  ['a report in May', 'report', undefined],
  ['officials report that', 'report', 'report'],
  ['the government claim was odd', 'claim', undefined],
  ['the board claimed that', 'claimed', 'claim'],
  ['Reyes calls for a new vote', 'calls', 'call'],
  ['Ana Reyes claims that', 'claims', 'claim'],
  ['his Senate reports were late', 'reports', undefined],
  // A word in -us, -ous or -ss before a verb that is also a noun is no plural subject.
  ['the smaller caucus states voted first', 'states', undefined],
  ['the mayor deflected numerous questions', 'questions', undefined],
  ['a census report was late', 'report', undefined],
  ['the drivers report that', 'report', 'report'],
  ['Western states voted', 'states', undefined],
  ['Some remarks were brief', 'remarks', undefined],
  ['renewed Republican calls for a vote', 'calls', undefined],
  ['a Harbour Trust report said', 'report', undefined],
  ['to formally respond', 'respond', undefined],
  ['the United States left', 'States', undefined],
  ['according to the mayor', 'according', 'according to'],
  ['his comments were brief', 'comments', undefined],
  [', saying it was done', 'saying', 'say'],
  ['Ada Last said it', 'said', 'say'],
  ['That said, it was done', 'said', undefined],
  // A title word that is also a noun lead: the subject's head before a verb, an adjective before a noun.
  ['a senior harbour official said it', 'said', 'say'],
  ['the official report was late', 'report', undefined],
  ['an official statement came', 'statement', undefined],
  // A progressive is a finite report.
  ['Lee is calling for a vote', 'calling', 'call'],
  ['they were saying it', 'saying', 'say'],
  // Also after a relative clause set off by commas.
  ['Lee, who won the vote, is calling for a recount', 'calling', 'call']
]

// Rows of [sentence, whether "saying" is a gerund (its speaker is the clause's subject)].
const gerunds: [string, boolean][] = [
  ['She left, saying it was done.', true],
  ['She was quoted as saying it was done.', false],
  ['Lee, who won the vote, is saying it was done.', false],
  ['She is known as saying little.', true],
  ['She is saying little.', false]
]

describe('cueAt: gerunds', () => {
  it.each(gerunds)('%s', (sentence, gerund) => {
    const tokens = tokenize(sentence)
    expect(cueAt(tokens, tokens.findIndex((token) => token.text === 'saying'))?.gerund).toBe(gerund)
  })
})

describe('cueAt', () => {
  it.each(rows)('%s → %s', (sentence, word, expected) => {
    const tokens = tokenize(sentence)
    const index = tokens.findIndex((token) => token.text === word)
    expect(cueAt(tokens, index)?.base).toBe(expected)
  })
})
