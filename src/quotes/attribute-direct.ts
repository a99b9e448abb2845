import {type Cue, cueAt} from '../attribution/cue-words.js'
import {speakerAfterCue, speakerBeforeCue, type SpeakerReading} from '../attribution/read-speaker.js'
import type {Token} from '../attribution/tokenize.js'
import {words} from '../attribution/word-sets.js'
import {subjectReading} from './sentence-subject.js'

/** `“…,” X said` / `“…,” said X`: a cue right after the quotation, with its speaker. */
export function attributeAfter(tokens: readonly Token[], from: number, to: number, titleCase: boolean): {cue: Cue; reading: SpeakerReading} | undefined {
  let start = from
  while (start < to && !tokens[start]!.word && tokens[start]!.text !== '(') start++
  for (let index = start; index < Math.min(to, start + 30); index++) {
    const token = tokens[index]!
    if (token.text === ';' || (index === start && token.word && words.clauses.has(token.lower) && !token.capital)) return undefined
    const cue = cueAt(tokens, index, titleCase)
    if (!cue) continue
    if (cue.gerund) return undefined
    const reading = index === start || cue.phrase ? speakerAfterCue(tokens, cue, to) : speakerBeforeCue(tokens, cue, start)
    return reading ? {cue, reading} : undefined
  }
  return undefined
}

/** `X said: “…”` / `X called it “…”`: the nearest cue before the quotation, with its speaker. */
export function attributeBefore(tokens: readonly Token[], from: number, to: number, sentenceFirst: number, titleCase: boolean): {cue: Cue; reading: SpeakerReading} | undefined {
  for (let index = to - 1; index >= from; index--) {
    const cue = cueAt(tokens, index, titleCase)
    // A weak cue ("called", "described") names the speaker only right before the quote: called it “welcome news”.
    if (!cue || (cue.weak && to - cue.last > 5)) continue
    if (cue.phrase) {
      const reading = speakerAfterCue(tokens, cue, to)
      return reading ? {cue, reading} : undefined
    }
    const reading = cue.gerund ? subjectReading(tokens, sentenceFirst, index) : speakerBeforeCue(tokens, cue, Math.min(from, sentenceFirst))
    if (reading) return {cue, reading}
  }
  return undefined
}
