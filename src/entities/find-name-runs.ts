import {type Token, tokenize, wordToken} from '../attribution/tokenize.js'
import {bare, clausesSet, complementsSet, determinersSet, honorificsSet, modifiersSet, organizationSet, particle, prepositionsSet, pronounsSet, titlesSet} from '../attribution/word-sets.js'
import {timeNames} from '../lexicon/entity-cues.js'
import {sentenceEnds} from '../quotes/sentence-ends.js'
import {lexiconKind} from './compromise-adapter.js'

/** A run of capitalised words that may name a person, organisation or place. */
export interface NameRun {
  /** Index of the run's first token. */
  readonly first: number
  /** Index after the run's last token. */
  readonly last: number
  /** Offset of the name in the block's text. */
  readonly start: number
  /** Offset after the name (a possessive `’s` is left out). */
  readonly end: number
  /** Whether a title or honorific stood before the name (`President`, `Sen.`). */
  readonly titled: boolean
}

/** A block's tokens and the name runs among them. */
export interface BlockNames {
  readonly tokens: readonly Token[]
  readonly runs: readonly NameRun[]
}

const times = new Set(timeNames)
const acronym = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d&]+$/u
const openers = new Set(['“', '"', '‘', "'", '«', '(', '['])
const possessive = /['’]s?$/
const maxWords = 8
/** Endings of adverbs and adjectives, which seldom end a name. */
const modifierEnding = /(?:ly|ous|ful|ive|ian|ese|ish|ic)$/

/**
 * Split words joined by a hyphen where the left part is an acronym
 * (`U.S.-Taliban`, `U.S.-led`), the right part a lower-case ending
 * (`Boston-based`), or both parts are capitalised names the
 * article also writes on their own (`Russia-Ukraine`); `Jean-Pierre` and
 * `al-Masri` stay whole. Returns the tokens and the indices that start after
 * such a hyphen (a name run breaks there).
 */
function splitJoined(tokens: readonly Token[], standalone: ReadonlySet<string>): {tokens: readonly Token[]; breaks: Set<number>} {
  const out: Token[] = []
  const breaks = new Set<number>()
  // No hyphen: the block's own tokens, not a copy (a block may be the whole input).
  if (!tokens.some((token) => token.word && token.text.includes('-'))) return {tokens, breaks}
  for (const token of tokens) {
    const hyphen = token.word ? token.text.indexOf('-') : -1
    if (hyphen > 0) {
      const left = token.text.slice(0, hyphen)
      const right = token.text.slice(hyphen + 1)
      const rightCapital = /^\p{Lu}/u.test(right)
      // "San Francisco-based": a lower-case ending after a capitalised word is no part of the name.
      const suffix = /^\p{Lu}/u.test(left) && !particle.test(left.toLowerCase()) && /^\p{Ll}+$/u.test(right)
      if (acronym.test(left) || suffix || (rightCapital && standalone.has(left) && standalone.has(right))) {
        out.push(part(token, 0, hyphen))
        breaks.add(out.length)
        out.push(part(token, hyphen + 1, token.text.length))
        continue
      }
    }
    out.push(token)
  }
  return {tokens: out, breaks}
}

function part(token: Token, from: number, to: number): Token {
  const text = token.text.slice(from, to)
  return wordToken(text, token.start + from, /^\p{Lu}/u.test(text))
}

/** Whether a word at the start of a sentence is an ordinary word, capitalised only because it starts the sentence. */
function isOrdinary(token: Token, lowerWords: ReadonlySet<string>): boolean {
  const lower = bare(token.lower.replace(possessive, ''))
  if (acronym.test(token.text)) return false
  // A title is cut off later, and noted: "President Ida Varga said".
  if (titlesSet.has(lower) || honorificsSet.has(lower)) return false
  // An adverb or adjective that opens a sentence: "Coastal Norland", "Welsh Ann Lowri".
  if (modifierEnding.test(lower) && lexiconKind(lower) === undefined) return true
  if (lowerWords.has(lower) || determinersSet.has(lower) || clausesSet.has(lower) || prepositionsSet.has(lower) || pronounsSet.has(lower) || modifiersSet.has(lower)) return true
  return lexiconKind(lower) === 'other'
}

/**
 * Find the runs of capitalised words in one block of text: `Abu Muhsin
 * al-Masri`, `Lawyers Association of Afghanistan`, `U.S.`. A word that
 * starts a sentence (or a quotation) is left out when the article writes it
 * in lower case elsewhere or it is a function word or a word compromise
 * knows as something other than a name; months and week days never count; a
 * title before a person's name is cut off and noted (`President Donald
 * Trump` gives `Donald Trump`, titled). Linear in the length of the text.
 *
 * @param lowerWords Words the article writes in lower case somewhere.
 * @param standalone Capitalised words the article writes on their own (for splitting `U.S.-Taliban`).
 * @param tokenized `tokenize(text)`, when the caller has it already.
 * @example
 *   findNameRuns('Then Ana Lowe met Paul.', new Set(['then']), new Set()).runs.length // 2
 */
export function findNameRuns(text: string, lowerWords: ReadonlySet<string>, standalone: ReadonlySet<string>, tokenized: readonly Token[] = tokenize(text)): BlockNames {
  const {tokens, breaks} = splitJoined(tokenized, standalone)
  const initial = new Set<number>()
  let sentence = 0
  let atStart = true
  const ends = sentenceEnds(text, [])
  tokens.forEach((token, index) => {
    while (sentence < ends.length && token.start >= ends[sentence]!) {
      sentence++
      atStart = true
    }
    if (!token.word) {
      if (openers.has(token.text)) atStart = true
      return
    }
    if (atStart) initial.add(index)
    atStart = false
  })

  const isPart = (index: number): boolean => {
    const token = tokens[index]!
    if (!token.word || times.has(bare(token.lower))) return false
    // A bare letter ("Plan B", "I") is no name word; an initial has its period ("J.").
    if (token.text.length === 1) return false
    // "I’d", "I'm": a pronoun with a contraction.
    if (/^i['’]/.test(token.lower)) return false
    if (initial.has(index) && isOrdinary(token, lowerWords)) return false
    if (token.capital) return true
    // A lower-case particle: hyphenated (al-Masri), or inside a name before a capitalised word (bin Laden).
    if (!particle.test(token.text)) return false
    return token.text.includes('-') || (tokens[index + 1]?.capital === true && tokens[index + 1]!.word)
  }

  const runs: NameRun[] = []
  let index = 0
  while (index < tokens.length) {
    if (!isPart(index)) {
      index++
      continue
    }
    let last = index + 1
    let joinedOf = false
    while (last < tokens.length && last - index < maxWords && (!possessive.test(tokens[last - 1]!.text) || ownedOffice(tokens, last, isPart)) && !breaks.has(last)) {
      if (isPart(last)) last++
      // "Bank of Canada", "Secretary of State", "Inspector General for Afghanistan Reconstruction".
      else if ((tokens[last]!.lower === 'of' || tokens[last]!.lower === 'for') && !tokens[last]!.capital && last + 1 < tokens.length && isPart(last + 1) && joinsOf(tokens[last - 1]!)) {
        last += 2
        joinedOf = true
      }
      // "Office of Management and Budget": after an "of", a capitalised conjunct with no title in it.
      else if (joinedOf && (tokens[last]!.lower === 'and' || tokens[last]!.text === '&') && !tokens[last]!.capital && isPart(last + 1) && !isTitle(tokens[last + 1]!.lower)) last += 2
      else break
    }
    addRun(tokens, index, last, runs)
    index = last
  }
  return {tokens, runs}
}

/**
 * `Sheriff’s Office`, `Attorney’s Office`: a title's possessive inside an
 * organisation's name, when an organisation word follows it (`index` is the
 * token after the possessive).
 */
function ownedOffice(tokens: readonly Token[], index: number, isPart: (index: number) => boolean): boolean {
  const owner = tokens[index - 1]!
  return /['’]s$/.test(owner.text) && isTitle(owner.lower.replace(possessive, '')) && isPart(index) && organizationSet.has(bare(tokens[index]!.lower))
}

/** Whether a word takes an "of" inside a name: `Bank of Canada`, `Secretary of State`. */
function joinsOf(token: Token): boolean {
  const lower = bare(token.lower)
  return organizationSet.has(lower) || titlesSet.has(lower) || honorificsSet.has(lower)
}

/** Whether a word (in lower case) is a title or honorific. */
function isTitle(word: string): boolean {
  const lower = bare(word)
  return titlesSet.has(lower) || honorificsSet.has(lower)
}

/** Add the run `[first, last)`, with a title before a person's name cut off (and what stands before the title as its own run). */
function addRun(tokens: readonly Token[], first: number, last: number, runs: NameRun[]): void {
  // A name that ends in an organisation word keeps its titles: "Inspector General for Afghanistan Reconstruction".
  const head = bare(tokens[last - 1]!.lower.replace(possessive, ''))
  if (!organizationSet.has(head)) {
    let title = -1
    for (let index = last - 2; index >= first; index--) {
      if (isTitle(tokens[index]!.lower)) {
        title = index
        break
      }
    }
    if (title !== -1) {
      let name = title + 1
      // "Secretary of State Mike Pompeo": the complement belongs to the title.
      if (tokens[name]?.lower === 'of') {
        name++
        while (name < last - 1 && complementsSet.has(bare(tokens[name]!.lower))) name++
      }
      let titleStart = title
      while (titleStart > first && isTitle(tokens[titleStart - 1]!.lower)) titleStart--
      if (titleStart > first) push(tokens, first, titleStart, false, runs)
      if (name < last) push(tokens, name, last, true, runs)
      return
    }
  }
  push(tokens, first, last, false, runs)
}

function push(tokens: readonly Token[], first: number, last: number, titled: boolean, runs: NameRun[]): void {
  // A run never ends on a connector or a bare particle.
  while (last > first && (!tokens[last - 1]!.capital && !tokens[last - 1]!.text.includes('-'))) last--
  if (last <= first) return
  const lastToken = tokens[last - 1]!
  const cut = /['’]s$/.test(lastToken.text) ? 2 : 0
  const start = tokens[first]!.start
  const end = lastToken.end - cut
  if (end - start < 2) return
  runs.push({first, last, start, end, titled})
}
