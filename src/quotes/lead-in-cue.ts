import {classifyMention} from '../attribution/classify-mention.js'
import type {TokenRange} from '../attribution/noun-phrase.js'
import type {SpeakerReading} from '../attribution/read-speaker.js'
import type {Token} from '../attribution/tokenize.js'
import {attributeBefore} from './attribute-direct.js'
import {isTitleCase} from './is-title-case.js'
import {subjectReading} from './sentence-subject.js'

/**
 * `Lee continued:` / `Here is what the mayor told reporters:` as the last
 * sentence of a paragraph, one with no quotation: a cue and its speaker
 * before a colon that ends the paragraph, read as `Lee said: “…”` is read
 * within one paragraph. They attribute the next paragraph when it opens with
 * a quotation that has no attribution of its own. With no cue word (`Lee
 * then listed the reasons:`), a subject that is a person or `he`/`she`
 * followed by its verb is the speaker and the colon the cue; a one-word name
 * only when the article gives it in full elsewhere (`Here they are:` has no
 * speaker). A paragraph in title case gives no lead-in (`From Ana Lee
 * Writing at The Harbour Post:`, a heading or a credit, whose capitals make
 * names of cue words such as `Post`).
 *
 * @param text - The paragraph's text.
 * @param tokens - The paragraph's tokens.
 * @param first - The last sentence's first token (a sentence with no quotation).
 * @param ceil - Token index where the last sentence's words end.
 * @param known - Whether a one-word name is known to the article in full.
 *
 * @example
 *   const text = 'Lee continued:'
 *   leadInCue(text, tokenize(text), 0, 3, () => false)?.reading.mention // {first: 0, last: 1}
 */
export function leadInCue(text: string, tokens: readonly Token[], first: number, ceil: number, known: (name: string) => boolean): {cue: TokenRange; reading: SpeakerReading} | undefined {
  const colon = ceil - 1
  if (colon <= first || tokens[colon]!.text !== ':' || isTitleCase(tokens)) return undefined
  const found = attributeBefore(tokens, first, ceil, first, false)
  if (found) return found
  const reading = subjectReading(tokens, first, colon)
  if (!reading || !tokens[reading.mention.last]?.word) return undefined
  const {first: start, last} = reading.mention
  const info = classifyMention(text, tokens, reading.mention)
  const person = info.kind === 'person' && (last - start > 1 || known(tokens[start]!.text))
  return person || (info.kind === 'pronoun' && info.gender) ? {reading, cue: {first: colon, last: ceil}} : undefined
}
