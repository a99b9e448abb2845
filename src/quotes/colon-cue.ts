import {classifyMention} from '../attribution/classify-mention.js'
import {wordsOutside} from '../attribution/find-indirect-speech.js'
import {phraseAfter, type TokenRange} from '../attribution/noun-phrase.js'
import type {Token} from '../attribution/tokenize.js'
import {documentsSet, groupsSet} from '../attribution/word-sets.js'
import {colonLabels} from '../lexicon/reported-clause-words.js'

const labels = new Set(colonLabels)
/** How many tokens the speaker before a colon cue may hold (`Former Harbour Board chair Ana Pereira`). */
const maxSpeakerTokens = 6
/** How many words outside quotation marks the reported words after the colon need. */
const minWords = 3
/** How many commas the words after the colon may hold before they read as a list. */
const maxCommas = 4

/** What {@link colonCue} found. */
export interface ColonCue {
  /** The speaker's words before the colon. */
  readonly mention: TokenRange
  /** Index of the colon token. */
  readonly colon: number
  /** The reported words after it. */
  readonly piece: TokenRange
}

/**
 * `Harbour Board: Ferry fares will rise in May`, `Pereira: the plan is dead`:
 * a sentence that is a speaker, a colon and what the speaker said, the shape
 * of headlines and transcripts. The words before the colon must be the whole
 * noun phrase of a person, organisation, group or document; a single word
 * counts only when it is a document or group noun (`Poll`, `Residents`) or a
 * name the article gives in full elsewhere (`known`). Labels (`Update:`,
 * `Editor's note:`, section heads in capitals such as `DAY IN ASIA:`) and
 * times (`10:30`) are no speakers; the words after the colon must not open
 * with a quotation (a quote of its own) nor be a list of names.
 *
 * @param text - The block's text.
 * @param tokens - The block's tokens.
 * @param first - The sentence's first token.
 * @param ceil - Token index where the sentence's words end.
 * @param quoted - Whether an offset lies inside quotation marks.
 * @param known - Whether a one-word name is known to the article in full.
 *
 * @example
 *   const text = 'Harbour Board: Ferry fares will rise in May'
 *   const tokens = tokenize(text)
 *   colonCue(text, tokens, 0, tokens.length, () => false, () => false)?.mention // {first: 0, last: 2}
 */
export function colonCue(text: string, tokens: readonly Token[], first: number, ceil: number, quoted: (offset: number) => boolean, known: (name: string) => boolean): ColonCue | undefined {
  const speaker = colonSpeaker(text, tokens, first, ceil, quoted, known)
  if (!speaker) return undefined
  const {mention, colon} = speaker
  const piece = statementAfterColon(tokens, colon, ceil, quoted)
  return piece && {mention, colon, piece}
}

/**
 * The statement after the colon at `colon`, to `ceil`: at least three words
 * outside quotation marks, not opening with a quotation (a quote of its own)
 * and no list of names (`Ohio: Ana Pereira, Tom Reyes, …`). Shared by the
 * colon cues (`Pereira: the plan is dead`, `Lee put it plainly: …`).
 *
 * @param tokens - The block's tokens.
 * @param colon - The colon's token index.
 * @param ceil - Token index where the sentence's words end.
 * @param quoted - Whether an offset lies inside quotation marks.
 *
 * @example
 *   const tokens = tokenize('Pereira: the plan is dead')
 *   statementAfterColon(tokens, 1, 6, () => false) // {first: 2, last: 6}
 */
export function statementAfterColon(tokens: readonly Token[], colon: number, ceil: number, quoted: (offset: number) => boolean): TokenRange | undefined {
  const piece = {first: colon + 1, last: ceil}
  const lead = tokens[piece.first]
  if (!lead || (!lead.word && quoted(lead.end - 1))) return undefined
  let commas = 0
  for (let index = piece.first; index < piece.last; index++) if (tokens[index]!.text === ',') commas++
  // "Ohio: Ana Pereira, Tom Reyes, …": a list after a heading, not a statement.
  return wordsOutside(tokens, piece, quoted, minWords) >= minWords && commas < maxCommas ? piece : undefined
}

/**
 * The speaker and colon that open a sentence (`Harbour Board:`, `Pereira:`),
 * read as {@link colonCue} reads them, whatever follows: also the speaker of
 * a quotation right after the colon (`Pereira: “The plan is dead.”`).
 */
export function colonSpeaker(text: string, tokens: readonly Token[], first: number, ceil: number, quoted: (offset: number) => boolean, known: (name: string) => boolean): {mention: TokenRange; colon: number} | undefined {
  let colon = first
  while (colon < ceil && colon - first <= maxSpeakerTokens && tokens[colon]!.text !== ':') {
    if (!tokens[colon]!.word && tokens[colon]!.text !== '.') return undefined
    colon++
  }
  if (colon === first || colon >= ceil || tokens[colon]!.text !== ':' || quoted(tokens[colon]!.start)) return undefined
  if (/^\d/.test(tokens[colon - 1]!.text) || /^\d/.test(tokens[colon + 1]?.text ?? '')) return undefined
  for (let index = first; index < colon; index++) if (labels.has(tokens[index]!.lower)) return undefined
  // "KEEPING SCORE:", "DAY IN ASIA:": a section label in capitals (a lone "PEREIRA:" is a transcript's speaker).
  if (colon - first > 1 && isUpperCase(tokens, first, colon)) return undefined
  const mention = phraseAfter(tokens, first, colon)
  if (!mention || mention.first !== first || mention.last !== colon) return undefined
  const info = classifyMention(text, tokens, mention)
  if (info.kind !== 'person' && info.kind !== 'organization' && info.kind !== 'group' && info.kind !== 'document') return undefined
  if (colon - first === 1) {
    const lower = tokens[first]!.lower
    if (!documentsSet.has(lower) && !groupsSet.has(lower) && !known(tokens[first]!.text)) return undefined
  }
  return {mention, colon}
}

/** Whether every letter of the tokens `[first, last)` is a capital. */
function isUpperCase(tokens: readonly Token[], first: number, last: number): boolean {
  for (let index = first; index < last; index++) if (tokens[index]!.text !== tokens[index]!.text.toUpperCase()) return false
  return true
}
