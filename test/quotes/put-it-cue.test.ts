import {describe, expect, it} from 'vitest'
import {tokenize} from '../../src/attribution/tokenize.js'
import {putItCue} from '../../src/quotes/put-it-cue.js'

// Rows of [sentence, [speaker, cue, statement] or undefined]; every sentence is invented.
const rows: [string, [string, string, string] | undefined][] = [
  ['The mayor put it plainly: the ferry is finished.', ['The mayor', 'put it plainly', 'the ferry is finished']],
  ['Ana Pereira put it this way: the levy buys nothing.', ['Ana Pereira', 'put it this way', 'the levy buys nothing']],
  ['She put it more bluntly: the pier will close.', ['She', 'put it more bluntly', 'the pier will close']],
  // Not a manner, not a speaker, too short or a quotation of its own: none.
  ['Lee put it on the table: the pier will close.', undefined],
  ['Lee put it down: a box.', undefined],
  ['The tide put it plainly: the pier will close.', undefined],
  ['Lee put it plainly: “The pier will close.”', undefined]
]

describe('putItCue', () => {
  it.each(rows)('%s', (sentence, expected) => {
    const tokens = tokenize(sentence)
    const words = (range: {first: number; last: number}) => sentence.slice(tokens[range.first]!.start, tokens[range.last - 1]!.end)
    const found = putItCue(sentence, tokens, 0, tokens.length - 1, (offset) => /[“”]/.test(sentence) && offset >= sentence.indexOf('“') && offset < sentence.indexOf('”') + 1)
    expect(found && [words(found.mention), words(found.cue), words(found.piece)]).toEqual(expected)
  })
})
