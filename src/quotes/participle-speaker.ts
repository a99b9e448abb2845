import {cueAt} from '../attribution/cue-words.js'
import {speakerAfterCue, speakerBeforeCue, type SpeakerReading} from '../attribution/read-speaker.js'
import type {Token} from '../attribution/tokenize.js'
import {clausesSet, timesSet} from '../attribution/word-sets.js'

/** How many tokens back from a participle an attribution may start (`said Ana Lee, the harbour master,`). */
const reach = 8

/**
 * `“…,” Lee said, noting that …` / `…, said Ana Lee, adding …`: a participle
 * set off by a comma right after an attribution speaks with that
 * attribution's speaker. `first` is the sentence's first token; `undefined`
 * when no cue with a speaker ends just before the comma.
 *
 * @example
 *   // tokens of "“The pier is shut,” Lee said, adding that …", cue at "adding"
 *   participleSpeaker(tokens, cue.first, first)?.mention // the range of "Lee"
 */
export function participleSpeaker(tokens: readonly Token[], participle: number, first: number): SpeakerReading | undefined {
  const comma = participle - 1
  if (tokens[comma]?.text !== ',') return undefined
  for (let index = comma - 1; index >= Math.max(first, comma - reach); index--) {
    const prior = cueAt(tokens, index)
    if (!prior || prior.gerund || prior.phrase || prior.last > comma) continue
    if (prior.last === comma) return speakerBeforeCue(tokens, prior, first)
    // "slammed the plan, saying …": after a weak cue the phrase is its object, no inverted speaker.
    const inverted = prior.weak ? undefined : speakerAfterCue(tokens, prior, comma)
    const end = inverted && (inverted.role ? inverted.role.last : inverted.mention.last)
    // "The campaign responded Friday, saying …": a time after the cue is no inverted speaker.
    if (end === comma && timesSet.has(tokens[inverted!.mention.first]!.lower)) return speakerBeforeCue(tokens, prior, first) ?? inverted
    if (end === comma) return inverted
    // "“…,” Lee said Thursday night, adding …", "he said of the group, adding …": a time, place or topic after the cue,
    // not a clause of its own ("said the dock was shut and toured it, noting …"); an addressee there ("urging the board to
    // drop it, saying …") is no speaker either.
    for (let at = prior.last; at < comma; at++) if (clausesSet.has(tokens[at]!.lower)) return undefined
    return speakerBeforeCue(tokens, prior, first)
  }
  return undefined
}
