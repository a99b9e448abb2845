import type {Cue} from './cue-words.js'
import type {TokenRange} from './noun-phrase.js'
import type {Token} from './tokenize.js'
import {bare, determinersSet, timesSet} from './word-sets.js'

const media = new Set(['statement', 'interview', 'release', 'email', 'e-mail', 'tweet', 'post', 'conference', 'letter', 'twitter', 'facebook', 'instagram', 'video', 'speech', 'report', 'briefing', 'radio', 'television', 'message', 'posting', 'court', 'filing', 'filings', 'documents', 'decision', 'ruling', 'order', 'news', 'phone', 'telephone', 'call'])

/**
 * Where the reported words after a cue begin: past the addressee, times and
 * places (`said on October 15`, `said in a statement`) and a "that".
 * Returns the first token of the reported clause and whether a "that" opened it.
 */
export function reportedClauseStart(tokens: readonly Token[], cue: Cue, after: number, ceil: number): {start: number; that: boolean} {
  for (let index = after; index < Math.min(ceil, after + 10); index++) {
    const token = tokens[index]!
    if (!token.word || token.text === '“' || token.text === '"') break
    if (token.lower === 'that' && !token.capital) return {start: index + 1, that: true}
  }
  let index = after
  for (let guard = 0; guard < 4 && index < ceil; guard++) {
    const token = tokens[index]!
    const lower = bare(token.lower)
    // A number is a date or hour only beside a time word (`said Oct. 15`, `said 3 p.m. Friday`), not `said 40 workers`.
    const dated = /^\d/.test(token.text) && (timesSet.has(bare(tokens[index - 1]?.lower ?? '')) || timesSet.has(bare(tokens[index + 1]?.lower ?? '')) || !tokens[index + 1]?.word)
    if (timesSet.has(lower) || dated) {
      index++
      continue
    }
    if (token.text === ',') break
    // "to" opens a place or medium only before a determiner or a name (`told to the paper`), not before a verb (`to call a vote`).
    if ((lower === 'in' || lower === 'on' || lower === 'at' || lower === 'during' || lower === 'via' || (lower === 'to' && opensToPhrase(tokens[index + 1]))) && index + 1 < ceil) {
      let end = index + 1
      while (end < ceil && end < index + 5 && tokens[end]!.word && !media.has(bare(tokens[end]!.lower)) && !timesSet.has(bare(tokens[end]!.lower))) end++
      const object = tokens[end]
      if (object && (media.has(bare(object.lower)) || timesSet.has(bare(object.lower)) || (lower === 'to' && ['reporters', 'journalists', 'media'].includes(object.lower)))) {
        index = end + 1
        continue
      }
    }
    break
  }
  if (tokens[index]?.text === ',' && cue.base !== 'according to') index++
  // "Lee explained: the plan is dead": the colon opens the reported words.
  else if (tokens[index]?.text === ':') index++
  return {start: index, that: false}
}

/** Count the word tokens in a range that lie outside quotation spans, stopping at `enough`. */
export function wordsOutside(tokens: readonly Token[], range: TokenRange, quoted: (offset: number) => boolean, enough = Infinity): number {
  let count = 0
  for (let index = range.first; index < range.last && count < enough; index++) {
    const token = tokens[index]!
    if (token.word && !quoted(token.start)) count++
  }
  return count
}

/** Whether the token after "to" can open a place or medium: a determiner, a capitalised word or "reporters" (`to the paper`, `to CNN`); a bare lower-case word is a verb (`to call`, `to report`). */
function opensToPhrase(token: Token | undefined): boolean {
  if (!token || !token.word) return false
  const lower = bare(token.lower)
  return token.capital || determinersSet.has(lower) || lower === 'reporters' || lower === 'journalists'
}
