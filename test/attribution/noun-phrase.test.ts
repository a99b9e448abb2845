import {describe, expect, it} from 'vitest'
import {phraseAfter, phraseBefore} from '../../src/attribution/noun-phrase.js'
import {tokenize} from '../../src/attribution/tokenize.js'

const text = (sentence: string, range?: {first: number; last: number}) => {
  const tokens = tokenize(sentence)
  return range ? sentence.slice(tokens[range.first]!.start, tokens[range.last - 1]!.end) : undefined
}

// Rows of [words before a cue, the subject phrase].
const before: [string, string | undefined][] = [
  ['Harbour spokesperson Lena Okafor', 'Harbour spokesperson Lena Okafor'],
  ['City officials in the past have', 'City officials'],
  ['City officials in the past', 'City officials'],
  ['Sources familiar with the talks', 'Sources familiar with the talks'],
  ['On Friday police', 'police'],
  ['we hope to help us win more seats', undefined],
  ['It', 'It'],
  ['However, some in the fishing community', 'some in the fishing community'],
  ['many among the hospital staff', 'many among the hospital staff'],
  ['the awesome in the end', undefined],
  ['More than 12,500 fans', '12,500 fans'],
  ['In the survey, 31 percent', '31 percent'],
  ['About 40% of voters', '40% of voters'],
  ['About 56 percent of voters', '56 percent of voters'],
  ['Some of the men', 'the men'],
  ['People briefed on the sale', 'People briefed on the sale'],
  // A group's "of" phrase ends the subject at the group ("of" after any other noun still joins a name).
  ['Several supporters of the levy', 'Several supporters'],
  ['Opponents of the new levy', 'Opponents'],
  // The "of" phrase may end in a noun that could head a speaker itself: the group still heads it.
  ['Opponents of the plan', 'Opponents'],
  // A "the" inside a name of the shape "<Capital> of the <Capital>" is crossed; a sentence-opening group noun is no name.
  ['The Ministry of the Interior', 'The Ministry of the Interior'],
  ['Secretary of the Treasury Ann Lee', 'Secretary of the Treasury Ann Lee'],
  ['Critics of the Harbour Trust', 'Critics'],
  ['On Friday the head of the Harbour Trust', 'the Harbour Trust'],
  ['Supporters of the mayor', 'Supporters'],
  ['critics of the council', 'critics'],
  ['The rest of the story', 'The rest of the story']
]

// Rows of [words after an inverted cue, the speaker phrase].
const after: [string, string | undefined][] = [
  ['Lena Okafor, the board chair.', 'Lena Okafor'],
  ['the deputy mayor of Halton in a statement', 'the deputy mayor of Halton'],
  ['in a statement', undefined],
  ['Harbour Rail freight executive Ana Pereira, who', 'Harbour Rail freight executive Ana Pereira'],
  ['Harbour Rail pipelines in the north', 'Harbour Rail'],
  // An abbreviated title after a lower-case adjective heads the phrase, as a written-out one does.
  ['former Gov. Ana Pereira.', 'former Gov. Ana Pereira'],
  ['retired Sen Tom Reyes, who', 'retired Sen Tom Reyes']
]

describe('phraseBefore', () => {
  it.each(before)('%s', (words, expected) => {
    const tokens = tokenize(words)
    expect(text(words, phraseBefore(tokens, tokens.length, 0))).toBe(expected)
  })
})

describe('phraseAfter', () => {
  it.each(after)('%s', (words, expected) => {
    const tokens = tokenize(words)
    expect(text(words, phraseAfter(tokens, 0, tokens.length))).toBe(expected)
  })
})
