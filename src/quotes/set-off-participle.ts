import type {Token} from '../attribution/tokenize.js'

/** Marks that set off a participle like a comma (`… on the spot – saying …`). */
const dashes = new Set(['—', '–', '--'])
/** Closing quotation marks a comma may stand inside (`called it “a disgrace,” saying …`). */
const closers = new Set(['”', '"', "''", '’'])

/**
 * Whether the participle at `index` is set off from the clause before it: by
 * a comma, by a dash, by a comma inside a closing quotation mark (`said it
 * “founded ISIS,” saying …`), with one -ly adverb allowed between
 * (`…, falsely suggesting …`). Such a participle speaks with the clause's
 * subject.
 *
 * @example
 *   isSetOffParticiple(tokenize('Lee left, quietly saying it was over'), 4) // true
 */
export function isSetOffParticiple(tokens: readonly Token[], index: number): boolean {
  let before = index - 1
  const adverb = tokens[before]
  if (adverb?.word && !adverb.capital && adverb.lower.length > 4 && adverb.lower.endsWith('ly')) before--
  const mark = tokens[before]?.text ?? ''
  return mark === ',' || dashes.has(mark) || (closers.has(mark) && tokens[before - 1]?.text === ',')
}
