import {describe, expect, it} from 'vitest'
import {tokenize} from '../../src/attribution/tokenize.js'
import {namingCue} from '../../src/quotes/naming-cue.js'

// Rows of [sentence, token index, the cue's base or undefined, whether a gerund].
const rows: [string, number, string | undefined, boolean][] = [
  ['Lee labelled it a “blueprint”.', 1, 'label', false],
  ['Lee labeled it a “blueprint”.', 1, 'label', false],
  ['Critics dubbed the pier “a ruin”.', 1, 'dub', false],
  ['Lee is branding the levy “theft”.', 2, 'brand', true],
  ['Lee termed it “a trap”.', 1, 'term', false],
  ['Brand managers met.', 0, undefined, false],
  ['Lee read the label.', 3, undefined, false],
  ['Lee changed its brand to “Harbour”.', 3, undefined, false]
]

describe('namingCue', () => {
  it.each(rows)('%s', (sentence, index, base, gerund) => {
    const cue = namingCue(tokenize(sentence), index)
    expect(cue?.base).toBe(base)
    if (cue) expect(cue.gerund).toBe(gerund)
  })
})
