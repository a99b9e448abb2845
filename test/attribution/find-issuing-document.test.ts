import {describe, expect, it} from 'vitest'
import {cueAt} from '../../src/attribution/cue-words.js'
import {documentNearCue} from '../../src/attribution/find-issuing-document.js'
import {tokenize} from '../../src/attribution/tokenize.js'

// Rows of [sentence, the document noun found next to its cue].
const rows: [string, string | undefined][] = [
  ['The board said in a statement that fares would rise.', 'statement'],
  ['In a news release, the board said fares would rise.', 'release'],
  ['The firm wrote in its annual report that sales fell.', 'report'],
  ['The board said on Monday in a brief written statement that fares would rise.', 'statement'],
  ['The board said in May that fares would rise.', undefined],
  ['The board said fares would rise in a statement of intent.', undefined]
]

describe('documentNearCue', () => {
  it.each(rows)('%s', (sentence, expected) => {
    const tokens = tokenize(sentence)
    const index = tokens.findIndex((_, at) => cueAt(tokens, at))
    const cue = cueAt(tokens, index)!
    expect(documentNearCue(tokens, cue, 0, tokens.length)).toBe(expected)
  })
})
