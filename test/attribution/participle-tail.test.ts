import {describe, expect, it} from 'vitest'
import {phraseBefore} from '../../src/attribution/noun-phrase.js'
import {participleTail} from '../../src/attribution/participle-tail.js'
import {tokenize} from '../../src/attribution/tokenize.js'

// Rows of [phrase, the words it keeps]; every phrase is invented.
const rows: [string, string][] = [
  ['A report released Monday', 'A report'],
  ['a study published last week', 'a study'],
  ['The poll conducted in May', 'The poll'],
  ['the audit released on 12 March', 'the audit'],
  // Not a document, or more than a date after the participle: kept whole.
  ['The man arrested Monday', 'The man arrested Monday'],
  ['A report released by the board', 'A report released by the board'],
  ['the harbour report', 'the harbour report']
]

describe('participleTail', () => {
  it.each(rows)('%s', (phrase, kept) => {
    const tokens = tokenize(phrase)
    const last = participleTail(tokens, 0, tokens.length)
    expect(phrase.slice(0, tokens[last - 1]!.end)).toBe(kept)
  })
})

// Rows of [words before a cue, the subject phrase read back from it].
const subjects: [string, string][] = [
  ['A report released Monday', 'A report'],
  ['A study published last week', 'A study']
]

describe('phraseBefore leaves a document’s date out', () => {
  it.each(subjects)('%s', (words, expected) => {
    const tokens = tokenize(words)
    const range = phraseBefore(tokens, tokens.length, 0)!
    expect(words.slice(tokens[range.first]!.start, tokens[range.last - 1]!.end)).toBe(expected)
  })
})
