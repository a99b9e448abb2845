import type {Cue} from '../attribution/cue-words.js'
import type {SpeakerReading} from '../attribution/read-speaker.js'
import type {Token} from '../attribution/tokenize.js'
import {attributeAfter} from './attribute-direct.js'

/**
 * How many tokens into the next sentence its cue may stand (`Lee asked`, `asked
 * Ana Pereira`, `the city's mayor said`).
 *
 * @default 6
 */
export const nextSentenceReach = 6

/**
 * `“Is the pier open?” Lee asked before the race.`: a quotation that ends in
 * `?` or `!` also ends its sentence, so its attribution opens the next one. The
 * next sentence must open with a word (not another quotation), have its cue
 * within {@link nextSentenceReach} tokens or open with the speaker, and not go on to report a clause of
 * its own (`The minister admitted that he did.`).
 *
 * @param tokens - The block's tokens.
 * @param first - First token of the next sentence.
 * @param ceil - Token index where the next sentence ends.
 *
 * @example
 *   const tokens = tokenize('“Why?” Lee asked.')
 *   attributeNextSentence(tokens, 4, 6, false)?.cue.base // 'ask'
 */
export function attributeNextSentence(tokens: readonly Token[], first: number, ceil: number, titleCase: boolean): {cue: Cue; reading: SpeakerReading} | undefined {
  if (!tokens[first]?.word) return undefined
  const found = attributeAfter(tokens, first, ceil, titleCase)
  if (!found || found.cue.phrase) return undefined
  // The cue stands near, or the speaker opens the sentence (`Ana Pereira, a strategist at …, said`).
  if (found.cue.first >= first + nextSentenceReach && found.reading.mention.first !== first) return undefined
  return tokens[found.cue.last]?.lower === 'that' ? undefined : found
}
