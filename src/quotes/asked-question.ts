import {phraseAfter, type TokenRange} from '../attribution/noun-phrase.js'
import type {Token} from '../attribution/tokenize.js'
import {documentsSet, timesSet} from '../attribution/word-sets.js'
import {passiveAuxiliaries} from '../lexicon/speaker-phrase-words.js'
import {settingPrepositions} from '../lexicon/reported-clause-words.js'
import {questionOpeners} from '../lexicon/speech-objects.js'

const openers = new Set(questionOpeners)
const passive = new Set(passiveAuxiliaries)
const settings = new Set(settingPrepositions)
/** At most this many words of time, place or manner stand between "asked" and its question. */
const maxSetting = 5

/**
 * `Asked whether the pier would reopen, Lee said …`, `Lee smiled when asked
 * about the budget`, `Lee, asked on Monday why …`, `Lee was asked if …`: a
 * question put to someone by a questioner the article does not name, at the
 * sentence's start, after "when", a comma or a passive auxiliary. A short
 * setting (a time word, a setting preposition or an -ly adverb) may stand
 * before the question (`Asked on Monday whether`, `when asked specifically
 * what`). Returns the question's words (after "about"; a
 * "whether" or "if" stays) up to the next comma or the sentence's end, or
 * `undefined`. The question is reported speech with no speaker: who answered
 * it is the addressee, not the one who asked. After "asked by" the asker is
 * named (`When asked by a reporter whether …`, `Lee was asked by the host
 * why …`, `Asked by a local radio reporter about …`): `asker` is that noun
 * phrase, however long, when the question opens right after it; a means
 * (`by email`, `by phone`) names none. `index` is the token of
 * "asked", `first` the sentence's first token, `ceil` the token after its
 * words.
 *
 * @example
 *   // tokens of "Asked whether the pier would reopen, Lee shrugged."
 *   askedQuestion(tokens, 0, 0, 9) // {first: 1, last: 6}
 *   // tokens of "When asked by a reporter whether the pier would reopen, Lee shrugged."
 *   askedQuestion(tokens, 1, 0, 13) // {first: 5, last: 10, asker: {first: 3, last: 5}}
 */
export function askedQuestion(tokens: readonly Token[], index: number, first: number, ceil: number): (TokenRange & {asker?: TokenRange | undefined}) | undefined {
  const before = tokens[index - 1]
  if (tokens[index]!.lower !== 'asked' || !(index === first || (index > first && (before!.lower === 'when' || before!.text === ',' || passive.has(before!.lower))))) return undefined
  let start = index + 1
  const lead = tokens[start]
  // "asked by a local radio reporter whether …": the noun phrase after "by" is the asker, and the question opens
  // right after it, however long the phrase; "by email" or "by letter" is a means, no one who asks.
  let asker = lead?.lower === 'by' ? phraseAfter(tokens, start + 1, ceil) : undefined
  if (asker && opensQuestion(tokens[asker.last]) && !documentsSet.has(tokens[asker.last - 1]!.lower)) start = asker.last
  else {
    // "Asked on Monday whether …", "Asked Tuesday about …", "asked specifically what …", "asked by phone if …"; not
    // "asked her what …" or "…, asked Ruiz whether …", whose subject asks.
    asker = undefined
    if (lead && (timesSet.has(lead.lower) || settings.has(lead.lower) || /ly$/.test(lead.lower))) start = questionAt(tokens, start, ceil) ?? start
  }
  if (tokens[start]?.lower === 'about') start++
  else if (!opensQuestion(tokens[start])) return undefined
  let last = start
  while (last < ceil && tokens[last]!.text !== ',' && tokens[last]!.text !== ';') last++
  if (last - start < 2) return undefined
  return {first: start, last, asker}
}

/**
 * The token that opens a question ("about", "whether", "what" …) within a few
 * words after `from`, past no punctuation: where the question of `asked on
 * Monday whether …` or `asked the workers if …` begins, or `undefined`.
 *
 * @example
 *   // tokens of "Lee asked the workers if they would vote."
 *   questionAt(tokens, 2, 9) // 4
 */
export function questionAt(tokens: readonly Token[], from: number, ceil: number): number | undefined {
  for (let at = from; at < Math.min(ceil, from + maxSetting) && tokens[at]!.word; at++) if (opensQuestion(tokens[at])) return at
  return undefined
}

function opensQuestion(token: Token | undefined): boolean {
  return token?.lower === 'about' || openers.has(token?.lower ?? '')
}
