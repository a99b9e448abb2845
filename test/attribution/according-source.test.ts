import {describe, expect, it} from 'vitest'
import {accordingSource} from '../../src/attribution/according-source.js'
import {cueAt} from '../../src/attribution/cue-words.js'
import {tokenize} from '../../src/attribution/tokenize.js'

// Rows of [sentence, expected source words or undefined]; every sentence is invented.
const rows: [string, string | undefined][] = [
  ['Rents rose, according to a count by the county.', 'a count by the county'],
  ['According to exit polls, most voters backed the levy.', 'exit polls'],
  ['Fares fell, according to the average of recent surveys compiled by the harbour board.', 'the average of recent surveys compiled by the harbour board'],
  // No noun phrase after the cue, or one too long to be a source.
  ['Fares fell, according to whether you count ferries.', undefined],
  ['Fares fell according to plan and then rose again because the ferries were late for months on end in the north.', undefined]
]

describe('accordingSource', () => {
  it.each(rows)('%s', (sentence, expected) => {
    const tokens = tokenize(sentence)
    const index = tokens.findIndex((token) => token.lower === 'according')
    let ceil = tokens.length
    while (ceil > 0 && tokens[ceil - 1]!.text === '.') ceil--
    const found = accordingSource(tokens, cueAt(tokens, index)!, ceil)
    expect(found && tokens.slice(found.mention.first, found.mention.last).map((token) => token.text).join(' ')).toBe(expected)
  })
})
