import {classifyMention} from '../attribution/classify-mention.js'
import {phraseAfter, type TokenRange} from '../attribution/noun-phrase.js'
import type {Token} from '../attribution/tokenize.js'
import {putItMannerWords} from '../lexicon/reported-clause-words.js'
import {statementAfterColon} from './colon-cue.js'

/** How many tokens the speaker before "put it" may take (`The harbour board's chair`). */
const maxSpeakerTokens = 6
/** How many words may say how it was put (`plainly`, `this way`, `more bluntly still`). */
const maxMannerWords = 3
const puts = new Set(['put', 'puts'])
const manner = new Set(putItMannerWords)

/** A speaker, the cue before a colon (the colon itself, or a frame such as "put it plainly"), and the statement after it. */
export interface ColonStatement {
  /** The speaker's words. */
  readonly mention: TokenRange
  /** The cue: the colon, or the frame from "put" to the word before the colon. */
  readonly cue: TokenRange
  /** The statement after the colon. */
  readonly piece: TokenRange
}

/**
 * `The mayor put it plainly: the plan is dead`, `Lee put it this way: …`: a
 * sentence that opens with its speaker, "put it" and a few words of manner,
 * then a colon and what was said. The speaker must be the whole noun phrase
 * before "put" (a person, organisation, group or pronoun), the manner at most
 * three words, each an adverb in -ly or one of `putItMannerWords` (not `put
 * it on the table:`), and the statement what `statementAfterColon` accepts.
 *
 * @param text - The block's text.
 * @param tokens - The block's tokens.
 * @param first - The sentence's first token.
 * @param ceil - Token index where the sentence's words end.
 * @param quoted - Whether an offset lies inside quotation marks.
 *
 * @example
 *   const text = 'The mayor put it plainly: the plan is dead.'
 *   const tokens = tokenize(text)
 *   putItCue(text, tokens, 0, tokens.length - 1, () => false)?.piece // {first: 6, last: 10}
 */
export function putItCue(text: string, tokens: readonly Token[], first: number, ceil: number, quoted: (offset: number) => boolean): ColonStatement | undefined {
  let put = first
  while (put < ceil && put - first <= maxSpeakerTokens && !puts.has(tokens[put]!.lower)) put++
  if (put === first || put >= ceil || tokens[put]!.capital || tokens[put + 1]?.lower !== 'it') return undefined
  let colon = put + 2
  while (colon < ceil && colon - put - 2 < maxMannerWords && tokens[colon]!.word && isManner(tokens[colon]!)) colon++
  if (tokens[colon]?.text !== ':' || quoted(tokens[colon]!.start)) return undefined
  const mention = phraseAfter(tokens, first, put)
  if (!mention || mention.first !== first || mention.last !== put) return undefined
  const kind = classifyMention(text, tokens, mention).kind
  if (kind !== 'person' && kind !== 'organization' && kind !== 'group' && kind !== 'pronoun') return undefined
  const piece = statementAfterColon(tokens, colon, ceil, quoted)
  return piece && {mention, cue: {first: put, last: colon}, piece}
}

/** Whether a word says how something was put: an adverb in -ly or a word of {@link putItMannerWords}. */
function isManner(token: Token): boolean {
  return !token.capital && (manner.has(token.lower) || (token.lower.endsWith('ly') && token.lower.length > 3))
}
