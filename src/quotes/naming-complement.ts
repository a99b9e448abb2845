import type {Cue} from '../attribution/cue-words.js'
import type {TokenRange} from '../attribution/noun-phrase.js'
import type {Token} from '../attribution/tokenize.js'
import {callIdioms} from '../lexicon/cue-verbs.js'
import {cueModifiers, prepositions, timeWords} from '../lexicon/function-words.js'
import {durationNouns, namingObjectDeterminers, namingObjects, reflexiveObjects} from '../lexicon/reported-clause-words.js'

/** Pronouns that stand as the object of a naming verb: `called it …`, `calls herself …`. */
const objects = new Set(namingObjects)
const reflexives = new Set(reflexiveObjects)
/** Determiners that open a described object (`called the plan a …`). */
const objectDeterminers = new Set(namingObjectDeterminers)
/** Articles that open a complement after a described object. */
const articles = new Set(['a', 'an'])

const openers = new Set(prepositions)
const idioms = new Set(callIdioms)
const times = new Set([...timeWords, ...durationNouns])
/** Words after a naming verb's object that tell how or when it was called, not what (`called him again`, `called them often`). */
const manners = new Set(cueModifiers)
/** What may stand before the gerund: `…, calling them …`, `… and calling him …`, `by calling it …`. */
const gerundLeads = new Set([',', 'and', 'by'])
/** How many words a named object may hold (`Senate Majority Leader Ana Lee`). */
const nameReach = 6
/** How many words a described object may hold after its determiner (`the new ferry plan`). */
const describedReach = 3

/**
 * Words that make a naming complement short enough to be an idiom rather than
 * a verdict (`called it a day`, `called it quits`).
 *
 * @default 3
 */
export const namingMinWords = 3

/** How many words a verdict that ends its clause may hold below {@link namingMinWords} (`a fascist`, `unqualified`). */
const shortReach = 2

/**
 * Where the object of a naming verb ends, and whether a complement after it
 * must open with an article: a pronoun (`it`, `herself`), a name (`Ana
 * Lee`), or a determiner and a few words (`the plan`, which needs `a …`).
 */
function objectEnd(tokens: readonly Token[], start: number, end: number): {last: number; article: boolean} | undefined {
  const lead = tokens[start]
  if (!lead || !lead.word) return undefined
  if (objects.has(lead.lower) || reflexives.has(lead.lower)) return {last: start + 1, article: false}
  if (lead.capital) {
    let last = start
    while (last < end && last - start < nameReach && (tokens[last]!.capital || tokens[last]!.text === '.') && tokens[last]!.text !== ',') last++
    return last < end && !tokens[last]!.capital ? {last, article: false} : undefined
  }
  if (!objectDeterminers.has(lead.lower)) return undefined
  for (let last = start + 1; last < end && last - start <= describedReach + 1; last++) {
    const token = tokens[last]!
    if (!token.word || token.capital || openers.has(token.lower)) return undefined
    if (articles.has(token.lower) && last > start + 1) return {last, article: true}
  }
  return undefined
}

/**
 * Where a naming complement ends: at `end`, or before a conjunction that opens
 * another verb phrase (`calling them liars and vowing to …`).
 */
function complementEnd(tokens: readonly Token[], start: number, end: number): number {
  for (let index = start + 1; index < end - 1; index++) {
    const token = tokens[index]!
    if ((token.lower === 'and' || token.lower === 'but') && !token.capital && /ing$/.test(tokens[index + 1]!.lower)) return index
  }
  return end
}

/**
 * The words a speaker names something with: `They called it a gamble that
 * will not pay off` reports the speaker's verdict `a gamble that will not pay
 * off`, and so do `calls herself a moderate at heart`, `called Ana Lee a
 * reckless spender` and `called the plan a gift to developers` (a described
 * object needs an article after it). Only for `call`, its gerund only after a
 * comma (`…, calling them …`), and never for a complement that opens with a
 * preposition (`called them on Monday`), an idiom (`called it off`, `called
 * it a day`, see `callIdioms`) or a time (`called the office an hour later`),
 * nor for one shorter than {@link namingMinWords}.
 *
 * @param tokens - The sentence's tokens.
 * @param cue - The cue (`called`).
 * @param end - Token index where the reported words must end.
 * @param words - Counts the words of a range that stand outside quotation marks.
 *
 * @example
 *   const tokens = tokenize('They called it a plan that fails the town.')
 *   namingComplement(tokens, cueAt(tokens, 1)!, 9, (range) => range.last - range.first) // {first: 3, last: 9}
 */
export function namingComplement(tokens: readonly Token[], cue: Cue, end: number, words: (range: TokenRange) => number): TokenRange | undefined {
  if (cue.base !== 'call' || (cue.gerund && !gerundLeads.has(tokens[cue.first - 1]?.lower ?? ''))) return undefined
  const object = objectEnd(tokens, cue.last, end)
  if (!object) return undefined
  const first = object.last
  const lead = tokens[first]
  if (!lead || !lead.word || openers.has(lead.lower) || idioms.has(lead.lower)) return undefined
  if (object.article && !articles.has(lead.lower)) return undefined
  // "called it a day", "called the office an hour later": an idiom or a time once its article is passed.
  const head = articles.has(lead.lower) ? tokens[first + 1]?.lower ?? '' : lead.lower
  if ((articles.has(lead.lower) && idioms.has(head)) || times.has(head)) return undefined
  const range = {first, last: complementEnd(tokens, first, end)}
  if (words(range) >= namingMinWords) return range
  // "calling Trump a fascist", "calls her unqualified": a verdict of a word or two that ends the clause, not a manner
  // or time (`called him again`, `called Lee directly`, `called them twice`).
  let stop = first
  while (stop < end && tokens[stop]!.word && tokens[stop]!.lower !== 'and' && tokens[stop]!.lower !== 'but') stop++
  const closes = stop === end || tokens[stop]!.word || tokens[stop]!.text === ',' || tokens[stop]!.text === ';'
  const short = closes && stop - first <= shortReach && !(articles.has(lead.lower) && stop - first < 2) && !object.article && !lead.capital && !manners.has(head) && !/ly$/.test(head) && !/^\d/.test(head)
  return short ? {first, last: stop} : undefined
}
