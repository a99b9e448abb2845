import type {TokenRange} from './noun-phrase.js'
import type {Token} from './tokenize.js'
import {bare, clausesSet, determinersSet, isNamePart, modifiersSet, organizationNounsSet, organizationSet, prepositionsSet, pronounsSet, timesSet, titlesSet} from './word-sets.js'

/**
 * Runs of two or more capitalised words (with name particles and initials:
 * `Abu Muhsin al-Masri`, `J. K. Rowling`) that may name a person, with any
 * capitalised lead-in word (`When`, `In`, `The`) left out. The caller decides
 * whether a run is a person. Linear.
 *
 * @example
 *   // tokens of "Welsh sailor Ann Lowri won."
 *   findNameRuns(tokens) // [{first: 2, last: 4}]
 */
export function findNameRuns(tokens: readonly Token[]): TokenRange[] {
  const runs: TokenRange[] = []
  let index = 0
  while (index < tokens.length) {
    const token = tokens[index]!
    if (!isNamePart(token)) {
      index++
      continue
    }
    let first = index
    let last = index
    // A possessive ends a name: "Lisbon's Open Doors" holds no name "Lisbon's Open".
    while (last < tokens.length && (last === index || !possessive.test(tokens[last - 1]!.text))) {
      if (isNamePart(tokens[last]!)) last++
      // "City of Harbourtown", "Bank of Norland": a lower-case "of" after an organisation word or a title.
      else if (tokens[last]!.lower === 'of' && !tokens[last]!.capital && tokens[last + 1] && isNamePart(tokens[last + 1]!) && joinsOf(tokens[last - 1]!)) last += 2
      else break
    }
    while (first < last && isLeadIn(tokens[first]!)) first++
    if (last - first >= 2 && last - first <= 6) runs.push({first, last})
    index = last
  }
  return runs
}

const possessive = /['’]s?$/

/** Whether a word takes an "of" inside a name: `City of Harbourtown`, `Bank of Norland`, `Secretary of State`. */
function joinsOf(token: Token): boolean {
  const lower = bare(token.lower)
  return organizationSet.has(lower) || organizationNounsSet.has(lower) || titlesSet.has(lower)
}

function isLeadIn(token: Token): boolean {
  const lower = bare(token.lower)
  return clausesSet.has(lower) || prepositionsSet.has(lower) || determinersSet.has(lower) || pronounsSet.has(lower) || modifiersSet.has(lower) || timesSet.has(lower)
}
