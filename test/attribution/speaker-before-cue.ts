import {cueAt} from '../../src/attribution/cue-words.js'
import {speakerBeforeCue} from '../../src/attribution/read-speaker.js'
import {tokenize} from '../../src/attribution/tokenize.js'

/** The words `speakerBeforeCue` reads as the speaker of a sentence's first cue (or of the cue written `cue`), or `undefined`. */
export function speakerWordsBeforeCue(sentence: string, cue?: string): string | undefined {
  const tokens = tokenize(sentence)
  const index = tokens.findIndex((token, at) => (cue === undefined || token.text === cue) && cueAt(tokens, at))
  const reading = speakerBeforeCue(tokens, cueAt(tokens, index)!, 0)
  return reading && sentence.slice(tokens[reading.mention.first]!.start, tokens[reading.mention.last - 1]!.end)
}
