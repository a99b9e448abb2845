import {cueAt} from './cue-words.js'
import {type Token, tokenize} from './tokenize.js'
import {bare, clausesSet, determinersSet, isNamePart, modifiersSet, prepositionsSet, pronounsSet, timesSet} from './word-sets.js'

/** How many characters after a quotation are read for its attribution. */
const window = 240
/** How many words a name before the cue may have. */
const maxNameWords = 4
/** How many tokens an appositive between the name and the cue may have ("Ann Lee, a strategist at …, said"). */
const maxAppositive = 25

/**
 * Whether the text at `offset` opens with an attribution of the quotation
 * before it: a capitalised name and a cue (`Ortiz said.`), possibly with an
 * appositive between (`Ann Lee, a strategist at Harbour Bank, said …`). A
 * quotation that ends with "?" or "!" and is followed by one does not end its
 * sentence: “Is it over?” Lee asked. With `alone`, the words after the cue must
 * only finish the attribution (“We stay.” Lee said in a note.), as after a
 * quotation that ends with a full stop, where `Lee said the vote …` opens a
 * sentence of its own.
 *
 * @example
 *   opensWithAttribution('“Why not?” Ann Lee asked.', 11) // true
 *   opensWithAttribution('“Why not?” Ann Lee left.', 11) // false
 */
export function opensWithAttribution(text: string, offset: number, alone = false): boolean {
  const tokens = tokenize(text, offset, Math.min(text.length, offset + window))
  let index = 0
  while (index < tokens.length && index < maxNameWords && (index === 0 ? isNameWord(tokens[index]!) : isNamePart(tokens[index]!))) index++
  if (index === 0) return false
  if (tokens[index]?.text === ',') {
    let close = index + 1
    while (close < tokens.length && close - index <= maxAppositive && tokens[close]!.text !== ',' && !/^[.!?;“”"]$/.test(tokens[close]!.text)) close++
    if (tokens[close]?.text !== ',') return false
    index = close + 1
  }
  while (index < tokens.length && tokens[index]!.word && modifiersSet.has(tokens[index]!.lower) && !tokens[index]!.capital) index++
  const cue = cueAt(tokens, index)
  if (cue === undefined || cue.gerund || cue.phrase) return false
  return !alone || endsAttribution(tokens, cue.last, cue.addressee)
}

/**
 * Whether the words from `index` (right after the cue) only finish an
 * attribution: the sentence's end, a comma, a time or setting phrase (`said
 * on Monday.`, `said in a note.`), or for a verb with an addressee a short one
 * (`told reporters.`); not a reported clause (`said the vote …`).
 */
function endsAttribution(tokens: readonly Token[], index: number, addressee: boolean): boolean {
  const next = tokens[index]
  if (!next || /^[.!?,;]$/.test(next.text)) return true
  const lower = bare(next.lower)
  if (!next.capital && (prepositionsSet.has(lower) || timesSet.has(lower))) return true
  if (timesSet.has(lower)) return true
  if (!addressee) return false
  let end = index
  while (end < tokens.length && end - index < 4 && tokens[end]!.word) end++
  return end === tokens.length || /^[.!?,]$/.test(tokens[end]!.text)
}

/** The first word of a name: not a determiner, pronoun or clause word (`The`, `He`, `When`). */
function isNameWord(token: Token): boolean {
  if (!isNamePart(token)) return false
  const lower = bare(token.lower)
  return !determinersSet.has(lower) && !pronounsSet.has(lower) && !clausesSet.has(lower) && !prepositionsSet.has(lower) && !timesSet.has(lower)
}
