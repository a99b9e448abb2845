import {type Cue, cueAt} from '../attribution/cue-words.js'
import {describedAfter} from '../attribution/described-after.js'
import {speakerAfterCue, speakerBeforeCue, type SpeakerReading} from '../attribution/read-speaker.js'
import type {Token} from '../attribution/tokenize.js'
import {clausesSet} from '../attribution/word-sets.js'
import {coordinatedSubject} from './coordinated-subject.js'
import {namingCue} from './naming-cue.js'
import {subjectReading} from './sentence-subject.js'

/** `“…,” X said` / `“…,” said X`: a cue right after the quotation, with its speaker. */
export function attributeAfter(tokens: readonly Token[], from: number, to: number, titleCase: boolean): {cue: Cue; reading: SpeakerReading} | undefined {
  let start = from
  while (start < to && !tokens[start]!.word && tokens[start]!.text !== '(') start++
  for (let index = start; index < Math.min(to, start + 30); index++) {
    const token = tokens[index]!
    if (token.text === ';' || (index === start && token.word && clausesSet.has(token.lower) && !token.capital)) return undefined
    const cue = cueAt(tokens, index, titleCase) ?? closingVerb(tokens, index, start)
    if (!cue) continue
    if (cue.gerund) return quotedAsSaying(tokens, cue, start)
    // `… a “global takeover.” Lee also criticized the plan`: a weak cue with an object of its own after a quote
    // that ended its sentence opens a new statement.
    if (cue.weak && endsSentence(tokens, from) && tokens[cue.last]?.word && !tokens[cue.last]!.capital) return undefined
    const reading = index === start || cue.phrase ? speakerAfterCue(tokens, cue, to) ?? describedSpeaker(tokens, cue, to) : speakerBeforeCue(tokens, cue, start)
    return reading ? {cue, reading} : undefined
  }
  return undefined
}

/** `“…,” said the woman, who …`: after a cue that is no weak one, a description whose noun no lexicon knows. */
function describedSpeaker(tokens: readonly Token[], cue: Cue, to: number): SpeakerReading | undefined {
  const mention = cue.weak || cue.phrase ? undefined : describedAfter(tokens, cue.last, to)
  return mention && {mention}
}

/** `X said: “…”` / `X called it “…”`: the nearest cue before the quotation, with its speaker. */
export function attributeBefore(tokens: readonly Token[], from: number, to: number, sentenceFirst: number, titleCase: boolean): {cue: Cue; reading: SpeakerReading} | undefined {
  for (let index = to - 1; index >= from; index--) {
    const cue = cueAt(tokens, index, titleCase) ?? closingVerb(tokens, index, from) ?? namingCue(tokens, index)
    if (!cue) continue
    // A weak cue ("called", "described") names the speaker only right before the quote: called it “welcome news”,
    // or with the speaker between them: asks editor Ana Pereira, “has anyone …?”
    if (cue.weak && to - cue.last > 5) {
      const inverted = cue.phrase || cue.gerund ? undefined : speakerAfterCue(tokens, cue, to)
      const end = inverted && (inverted.role ? inverted.role.last : inverted.mention.last)
      if (inverted && (end === to || (end === to - 1 && tokens[end]!.text === ','))) return {cue, reading: inverted}
      continue
    }
    if (cue.phrase) {
      const reading = speakerAfterCue(tokens, cue, to)
      return reading ? {cue, reading} : undefined
    }
    const reading = cue.gerund ? subjectReading(tokens, sentenceFirst, index) : (speakerBeforeCue(tokens, cue, Math.min(from, sentenceFirst)) ?? coordinatedSubject(tokens, cue, sentenceFirst))
    if (reading) return {cue, reading}
  }
  return undefined
}

/**
 * `“…,” Ortiz states.` / `“…,” Ortiz notes, “…”`: beside a quotation, a
 * verb that is also a noun (`states`, `claims`, `notes`) is the cue when a name
 * stands before it and the sentence or clause ends after it.
 */
function closingVerb(tokens: readonly Token[], index: number, start: number): Cue | undefined {
  const token = tokens[index]!
  const next = tokens[index + 1]
  if (token.capital || index === start || !tokens[index - 1]!.capital) return undefined
  if (next && next.word) return undefined
  return cueAt(tokens, index, true)
}

/** `“…,” he was quoted as saying.`: the subject before "was quoted as" is the speaker. */
function quotedAsSaying(tokens: readonly Token[], cue: Cue, start: number): {cue: Cue; reading: SpeakerReading} | undefined {
  if (tokens[cue.first - 1]?.lower !== 'as' || tokens[cue.first - 2]?.lower !== 'quoted') return undefined
  const reading = subjectReading(tokens, start, cue.first - 3)
  return reading ? {cue, reading} : undefined
}

/** Whether the quotation closing before token `from` ended its sentence with a full stop (a question may still be "asked" after it). */
function endsSentence(tokens: readonly Token[], from: number): boolean {
  for (let index = from - 1; index >= Math.max(0, from - 3); index--) {
    const text = tokens[index]!.text
    if (text === '.') return true
    if (tokens[index]!.word) return false
  }
  return false
}
