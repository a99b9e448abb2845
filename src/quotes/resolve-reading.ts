import {classifyMention, type MentionInfo} from '../attribution/classify-mention.js'
import type {TokenRange} from '../attribution/noun-phrase.js'
import type {SpeakerReading} from '../attribution/read-speaker.js'
import type {Referent, SpeakerRegistry} from '../attribution/speaker-registry.js'
import type {Token} from '../attribution/tokenize.js'

/**
 * Resolve a speaker reading to a referent, adding an appositive role.
 * `addressee` is the words the cue speaks to ("told Harbour News"), which the
 * speaker cannot be.
 */
export function resolveWith(registry: SpeakerRegistry, text: string, tokens: readonly Token[], reading: SpeakerReading, speaking: boolean, addressee?: TokenRange): Referent | undefined {
  const info: MentionInfo = classifyMention(text, tokens, reading.antecedent ?? reading.mention)
  const spokenTo = addressee && classifyMention(text, tokens, addressee)
  const referent = registry.resolve(info, speaking, spokenTo && spokenTo.kind !== 'pronoun' ? spokenTo.name : undefined)
  if (referent && reading.role) {
    let last = reading.role.last
    while (last > reading.role.first && !tokens[last - 1]!.word && tokens[last - 1]!.text !== ')') last--
    if (last > reading.role.first) registry.addRole(referent, text.slice(tokens[reading.role.first]!.start, tokens[last - 1]!.end))
  }
  return referent
}
