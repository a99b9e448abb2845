import {describe, expect, it} from 'vitest'
import {speakerWordsBeforeCue} from './speaker-before-cue.js'
import {dashAsideStart} from '../../src/attribution/dash-aside-start.js'
import {tokenize} from '../../src/attribution/tokenize.js'

// Rows of [sentence, the speaker read before the first cue].
const rows: [string, string | undefined][] = [
  ['Many riders at the meeting — including students and nurses — said the fare is unfair.', 'Many riders'],
  ['The harbour master -- who has run the port for years -- said she regretted the delay.', 'The harbour master'],
  ['Riders - and some drivers - say that the fare is unfair.', 'Riders'],
  ['Ana Pereira – a ferry pilot – told the board the pier was unsafe.', 'Ana Pereira'],
  // No opening dash: nothing is skipped, and no speaker stands before the cue.
  ['The pier closed — said nothing more.', undefined],
  // A hyphen inside a word is no dash.
  ['Ana Pereira-Lee said the pier was unsafe.', 'Ana Pereira-Lee']
]

describe('dashAsideStart', () => {
  it.each(rows)('%s', (sentence, expected) => {
    expect(speakerWordsBeforeCue(sentence)).toBe(expected)
  })

  it('returns the opening dash, or the end unchanged', () => {
    const tokens = tokenize('The board — all five of them — said no.')
    expect(dashAsideStart(tokens, 8, 0)).toBe(2)
    // Dashes of two kinds do not pair.
    const mixed = tokenize('The board — all five of them – said no.')
    expect(dashAsideStart(mixed, 8, 0)).toBe(8)
    // An aside may not reach across a sentence's end.
    const across = tokenize('The board met. All five — said no.')
    expect(dashAsideStart(across, 7, 0)).toBe(7)
    // Nothing before the opening dash.
    const bare = tokenize('— all five of them — said no.')
    expect(dashAsideStart(bare, 6, 0)).toBe(6)
  })
})
