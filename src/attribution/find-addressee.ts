import type {TokenRange} from './noun-phrase.js'
import type {Token} from './tokenize.js'
import {bare, clausesSet, determinersSet, prepositionsSet, pronounsSet, timesSet} from './word-sets.js'
import {addresseePronouns, audienceNouns} from '../lexicon/addressee-words.js'

const audiences = new Set(audienceNouns)
const possessive = /['’]s$/
const objects = new Set(addresseePronouns)

/**
 * Who a cue addresses: the object of "told", "asked", "assured" (`told VOA’s
 * Afghan Service last week` → `VOA’s Afghan Service`, `told reporters`).
 * `start` is the token after the verb; the phrase stops at a time word,
 * "that", or punctuation. An object pronoun is the whole addressee (`told
 * him`, `told them the …`).
 */
export function findAddressee(tokens: readonly Token[], start: number, ceil: number): TokenRange | undefined {
  if (objects.has(tokens[start]?.text ?? '')) return {first: start, last: start + 1}
  let last = start
  if (tokens[last]?.lower === 'the' || tokens[last]?.lower === 'local' || tokens[last]?.lower === 'a') last++
  if (tokens[last]?.lower === 'local') last++
  const head = last
  while (last < ceil && last - start < 8) {
    const token = tokens[last]!
    if (!token.word) break
    const lower = bare(token.lower)
    if (timesSet.has(lower) || lower === 'that' || pronounsSet.has(lower)) break
    if (token.capital || audiences.has(lower) || (possessive.test(token.text) && token.capital)) {
      last++
      continue
    }
    if ((lower === 'of' || lower === 'and' || lower === 'for') && last > head && (tokens[last + 1]?.capital || audiences.has(tokens[last + 1]?.lower ?? ''))) {
      last++
      continue
    }
    // "told a news conference", "told a campaign rally": lower-case words before an audience noun modify it.
    const noun = audienceAhead(tokens, last, ceil)
    if (noun > last) {
      last = noun
      continue
    }
    break
  }
  if (last === head) return undefined
  return {first: start, last}
}

/** How many lower-case modifiers may stand before an audience noun (`a town hall meeting`). */
const modifierReach = 2

/** The index of an audience noun within {@link modifierReach} plain lower-case words from `index`, or `index`. */
function audienceAhead(tokens: readonly Token[], index: number, ceil: number): number {
  for (let ahead = index; ahead < Math.min(ceil, index + modifierReach); ahead++) {
    const token = tokens[ahead]!
    if (!token.word || token.capital || prepositionsSet.has(token.lower) || determinersSet.has(token.lower) || clausesSet.has(token.lower) || token.lower === 'that') return index
    if (audiences.has(tokens[ahead + 1]?.lower ?? '')) return ahead + 1
  }
  return index
}

/** How many tokens before the cue "asked by" may stand (`When asked by a local radio reporter whether the pier …, Lee said`). */
const askedByReach = 60

/**
 * The interviewer in "When asked by local Tolo News …": the phrase after
 * "asked by" or "told by", if the range holds one, within {@link askedByReach}
 * tokens of its end.
 */
export function findAskedBy(tokens: readonly Token[], from: number, to: number): TokenRange | undefined {
  // Only the words near the cue are read, so that a sentence of thousands of cues stays linear.
  for (let index = Math.max(from, to - askedByReach); index + 2 < to; index++) {
    if ((tokens[index]!.lower === 'asked' || tokens[index]!.lower === 'interviewed') && tokens[index + 1]!.lower === 'by') {
      return findAddressee(tokens, index + 2, to)
    }
  }
  return undefined
}
