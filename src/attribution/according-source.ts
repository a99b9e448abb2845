import type {Cue} from './cue-words.js'
import type {TokenRange} from './noun-phrase.js'
import type {SpeakerReading} from './read-speaker.js'
import type {Token} from './tokenize.js'
import {clausesSet, prepositionsSet} from './word-sets.js'

/** How many tokens the source of "according to" may hold (`early results of the exit poll conducted by …`). */
const maxSourceTokens = 16

/**
 * The source after "according to" when it is no plain name: a document, a
 * count or a poll with what qualifies it (`a count by the county`, `the
 * average of recent polls compiled by the institute`, `exit polls`). It runs
 * from the cue to the next comma, semicolon or the frame's end at `ceil`, and
 * must open with a word that can open a noun phrase (not a clause word or a
 * verb's auxiliary) and hold at most a few words.
 *
 * @param tokens - The sentence's tokens.
 * @param cue - The "according to" cue.
 * @param ceil - First token after the sentence or frame.
 *
 * @example
 *   const tokens = tokenize('Rents rose, according to a count by the county.')
 *   accordingSource(tokens, cueAt(tokens, 3)!, 10) // {mention: {first: 5, last: 10}}
 */
export function accordingSource(tokens: readonly Token[], cue: Cue, ceil: number): SpeakerReading | undefined {
  if (!cue.phrase) return undefined
  const lead = tokens[cue.last]
  if (!lead || !lead.word || clausesSet.has(lead.lower) || prepositionsSet.has(lead.lower)) return undefined
  let last = cue.last
  while (last < ceil && last - cue.last < maxSourceTokens && !/^[,;:“”"—–]$/.test(tokens[last]!.text)) last++
  if (last - cue.last >= maxSourceTokens && last < ceil) return undefined
  while (last > cue.last && !tokens[last - 1]!.word && tokens[last - 1]!.text !== ')') last--
  const mention: TokenRange = {first: cue.last, last}
  return last > cue.last ? {mention} : undefined
}
