import type {Cue} from '../attribution/cue-words.js'
import {reportedClauseStart} from '../attribution/find-indirect-speech.js'
import type {TokenRange} from '../attribution/noun-phrase.js'
import type {SpeakerReading} from '../attribution/read-speaker.js'
import {readingStart} from '../attribution/reading-start.js'
import type {Token} from '../attribution/tokenize.js'

/**
 * An attribution set off by "as": `As the Harbour Times reported, the ferry
 * was sold …` reports the clause after its comma; `The ferry was sold …, as
 * Ana Lee said last week.` reports the clause before "as". The "as" must open
 * the sentence or follow a comma, and only times and settings (`on Tuesday`,
 * `in a statement`) may stand between the cue and the comma or the sentence's
 * end, so "as she explained how …" is left to the cue's own words. Any cue
 * counts, weak ones too ("as the paper reported"). Returns the reported words,
 * or `undefined`.
 *
 * @param tokens - The sentence's block tokens.
 * @param cue - The cue.
 * @param speaker - The cue's speaker, read before it.
 * @param first - The sentence's first token.
 * @param end - Where the sentence's reported words may end (its end, or before a participle).
 *
 * @example
 *   // tokens of "As the paper reported, the ferry was sold."
 *   asAttribution(tokens, cue, reading, 0, 9) // {first: 5, last: 9}
 */
export function asAttribution(tokens: readonly Token[], cue: Cue, speaker: SpeakerReading, first: number, end: number): TokenRange | undefined {
  const as = readingStart(speaker) - 1
  if (as < first || tokens[as]!.lower !== 'as') return undefined
  const opens = as === first || tokens[as - 1]!.text === '('
  const follows = !opens && as - 1 > first && tokens[as - 1]!.text === ','
  if (!opens && !follows) return undefined
  const {start, that} = reportedClauseStart(tokens, cue, cue.last, end)
  if (that) return undefined
  const comma = tokens[start - 1]?.text === ',' && start - 1 >= cue.last
  if (opens) {
    if (!comma || start >= end) return undefined
    // "(As the paper reported, …)": the words end at the closing parenthesis.
    let last = start
    while (last < end && !(tokens[as - 1]?.text === '(' && tokens[last]!.text === ')')) last++
    return last > start ? {first: start, last} : undefined
  }
  // "…, as X reported." or "…, as X reported on Tuesday, and …": the words before the comma.
  if (!(start >= end || comma || tokens[start]?.text === ')')) return undefined
  return as - 1 > first ? {first, last: as - 1} : undefined
}
