import type {Cue} from '../attribution/cue-words.js'
import {speakerBeforeCue, type SpeakerReading} from '../attribution/read-speaker.js'
import {readingStart} from '../attribution/reading-start.js'
import type {Token} from '../attribution/tokenize.js'

/** How many tokens back from the participle "with" may stand (`with 30 percent of likely voters in the state saying`). */
const reach = 12

/**
 * `…, with 30 percent of voters saying they …`, `with the mayor calling the
 * plan a gift`: a participle after "with" and a noun phrase speaks with that
 * phrase, not with the sentence's subject. The phrase must fill the words
 * between "with" and the participle; the caller reads only a clause after it
 * (`with the firm claiming residency` tells a deed). `undefined` for any other
 * participle.
 *
 * @example
 *   // tokens of "Lee leads, with 30 percent of voters saying they back her.", cue at "saying"
 *   withSubject(tokens, cue, 0)?.mention // the range of "30 percent of voters"
 */
export function withSubject(tokens: readonly Token[], cue: Cue, first: number): SpeakerReading | undefined {
  for (let index = cue.first - 1; index >= Math.max(first, cue.first - reach); index--) {
    const token = tokens[index]!
    if (!token.word) return undefined
    if (token.text === 'with') {
      const reading = speakerBeforeCue(tokens, cue, index + 1)
      return reading && readingStart(reading) === index + 1 ? reading : undefined
    }
  }
  return undefined
}
