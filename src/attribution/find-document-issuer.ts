import type {TokenRange} from './noun-phrase.js'
import type {Token} from './tokenize.js'
import {participleIssuer} from './participle-issuer.js'
import {bare, clausesSet, determinersSet, groupsSet, issuerPrepositionsSet, modifiersSet, organizationNounsSet, prepositionsSet, pronounsSet, publicationPlacesSet, timesSet, titlesSet} from './word-sets.js'

const possessive = /['’]s?$/
/** Tokens that end the stretch after a document's noun in which its publisher may be named. */
const stops = new Set(['.', '!', '?', ';', '“', '”', '"', '‘'])
/** How far past a document's noun the publisher may stand ("… on the ferry line's website"). */
const reach = 25
/** How many words a publisher's name may have. */
const maxWords = 6

/**
 * Who issued a document, from the words around its mention: a possessive
 * ("Harbour Trust’s findings", "the agency’s report"), "by"/"from" right after
 * it ("a report by the ferry company"), after an issuing participle ("a
 * report released on Tuesday by the ferry company"), or the website it was posted on ("a
 * document … on the ferry line’s website"). A name that is part of the
 * document's own name ("a U.N. report") is not taken: such a document is a
 * source by that name. `head` is the index of the document's noun inside
 * `range`. Returns the publisher's words, or `undefined`.
 *
 * @example
 *   // tokens of "a memo from the union said"
 *   documentIssuer(tokens, {first: 0, last: 2}, 1) // {first: 3, last: 5} ("the union")
 */
export function documentIssuer(tokens: readonly Token[], range: TokenRange, head: number): TokenRange | undefined {
  let first = range.first
  if (determinersSet.has(tokens[first]?.lower ?? '') && first < head) first++
  // "Harbour Trust’s early findings", "the agency’s report".
  for (let index = head - 1; index >= first; index--) {
    if (possessive.test(tokens[index]!.text) && tokens[index]!.word && !pronounsSet.has(tokens[index]!.lower) && !isTimePossessive(tokens[index]!)) {
      return {first: tokens[range.first]!.lower === 'the' ? range.first : first, last: index + 1}
    }
  }
  // "a report by the ferry company".
  const after = tokens[range.last]
  if (after && issuerPrepositionsSet.has(after.lower) && !after.capital) {
    const named = publisherAfter(tokens, range.last + 1)
    if (named) return named
  }
  // "a report released on Tuesday by the ferry company".
  const by = participleIssuer(tokens, range.last)
  if (by !== undefined) {
    const named = publisherAfter(tokens, by)
    if (named) return named
  }
  // "… on the ferry line’s website": a possessive before a place of publication.
  for (let index = range.last; index < Math.min(tokens.length, range.last + reach); index++) {
    const token = tokens[index]!
    if (stops.has(token.text)) break
    if (!token.word || !possessive.test(token.text)) continue
    const place = tokens[index + 1]
    if (place && publicationPlacesSet.has(bare(place.lower))) return publisherBefore(tokens, index, range.last)
  }
  return undefined
}

/** A publisher's words starting at `start`: an optional determiner, then words up to a clause word, a cue or punctuation. */
function publisherAfter(tokens: readonly Token[], start: number): TokenRange | undefined {
  let last = start
  if (determinersSet.has(tokens[last]?.lower ?? '')) last++
  const from = last
  while (last < tokens.length && last - from < maxWords) {
    const token = tokens[last]!
    if (!token.word || clausesSet.has(token.lower) || prepositionsSet.has(token.lower) || modifiersSet.has(token.lower)) break
    // A lower-case word not followed by another word of the name ends it ("the ferry company lists …"),
    // unless the noun it describes follows ("the provincial health ministry").
    if (!token.capital && last > from && !isNounLike(token) && !(tokens[last + 1]?.word && !tokens[last + 1]!.capital && isNounLike(tokens[last + 1]!))) break
    last++
  }
  return last > from ? {first: start, last} : undefined
}

/** The publisher ending with the possessive at `end` ("Norland Ferry Lines’", "the ministry’s"), no further back than `floor`. */
function publisherBefore(tokens: readonly Token[], end: number, floor: number): TokenRange | undefined {
  let first = end
  while (first > floor && end - first < maxWords) {
    const token = tokens[first - 1]!
    if (!token.word || prepositionsSet.has(token.lower) || clausesSet.has(token.lower)) break
    if (determinersSet.has(token.lower)) {
      first--
      break
    }
    first--
  }
  return first <= end ? {first, last: end + 1} : undefined
}

/** Whether a lower-case word can end a publisher's name: a noun for an organisation or a group. */
function isNounLike(token: Token): boolean {
  const lower = bare(token.lower)
  return organizationNounsSet.has(lower) || groupsSet.has(lower) || titlesSet.has(lower)
}

/** Month names, which may also be people's names (`May’s statement`), so only other time words are never issuers. */
const months = /^(january|february|march|april|may|june|july|august|september|october|november|december)$/

/** "Saturday’s statement", "last week’s report": a time, not who issued the document. */
function isTimePossessive(token: Token): boolean {
  const stem = token.lower.replace(possessive, '')
  return timesSet.has(stem) && !months.test(stem)
}
