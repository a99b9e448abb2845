import {isAsciiWordCode} from '../ascii-word-code.js'
import {abbreviations} from '../lexicon/function-words.js'

/** A word or punctuation mark of a text, with its offsets in that text. */
export interface Token {
  /** The token as written. */
  readonly text: string
  /** `text` in lower case. */
  readonly lower: string
  /** Offset of the first character. */
  readonly start: number
  /** Offset after the last character. */
  readonly end: number
  /** Whether this is a word (letters, digits) rather than punctuation. */
  readonly word: boolean
  /** Whether the word starts with a capital letter. */
  readonly capital: boolean
}

const letter = /[\p{L}\p{N}\p{M}]/u
const upper = /\p{Lu}/u
const known = new Set(abbreviations)

/** Letter-ness of each UTF-16 code unit beyond ASCII, asked of `letter` once: 0 not yet, 1 a letter, 2 not. */
const letterCodes = new Uint8Array(0x10000)

/**
 * Whether the code unit `code` is a letter, digit or mark (ASCII answered
 * without the regex: it is most of any text). Read by code, so a scan makes
 * no one-character string per character beyond Latin-1.
 */
function isLetterCode(code: number): boolean {
  if (code < 0x80) return isAsciiWordCode(code)
  let answer = letterCodes[code]!
  if (answer === 0) {
    answer = letter.test(String.fromCharCode(code)) ? 1 : 2
    letterCodes[code] = answer
  }
  return answer === 1
}

function isLetter(text: string, index: number): boolean {
  return index < text.length && isLetterCode(text.charCodeAt(index))
}

/** Whether the code unit `code` is white space between tokens (space, line ends, tab, no-break space). */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0xa0
}

/** Whether a word goes on over the code unit `code` when a letter follows it: `’`, `'`, `-`, `‑` (U+2011), `&`. */
function isJoiner(code: number): boolean {
  return code === 0x2019 || code === 0x27 || code === 0x2d || code === 0x2011 || code === 0x26
}

/** Where the token that starts at `index` (not white space) ends: a mark is one character, a word runs on (see {@link tokenize}). */
function tokenEnd(text: string, index: number, end: number): number {
  if (!isLetterCode(text.charCodeAt(index))) return index + 1
  let stop = index + 1
  for (;;) {
    if (stop >= end) break
    const next = text.charCodeAt(stop)
    if (isLetterCode(next)) {
      stop++
    } else if (isJoiner(next) && stop + 1 < end && isLetter(text, stop + 1)) {
      stop += 2
    } else if (next === 0x2e /* . */ && isAbbreviation(text, index, stop, end)) {
      stop++
    } else {
      break
    }
  }
  return stop
}

/**
 * Split `text[start, end)` into words and punctuation marks, skipping white
 * space. Words keep inner apostrophes and hyphens (`Kabul’s`, `al-Masri`) and
 * the periods of abbreviations and initials (`U.S.`, `Sen.`, `J.`).
 * Linear in the length of the range.
 *
 * @example
 *   tokenize('Sen. Ray said', 0, 13).map((token) => token.text) // ['Sen.', 'Ray', 'said']
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = []
  for (let index = start; index < end; ) {
    if (isSpace(text.charCodeAt(index))) {
      index++
      continue
    }
    const stop = tokenEnd(text, index, end)
    tokens.push(stop === index + 1 ? makeOne(text, index) : make(text, index, stop))
    index = stop
  }
  return tokens
}

/**
 * Call `visit` with each word of `text` as {@link tokenize} cuts it, in order,
 * making no token objects and no strings for punctuation (for a pass that reads
 * only the words of a text that may be long).
 *
 * @example
 *   const words: string[] = []
 *   forEachWord('Sen. Ray said “yes.”', (word) => words.push(word)) // words: ['Sen.', 'Ray', 'said', 'yes']
 */
export function forEachWord(text: string, visit: (word: string) => void): void {
  for (let index = 0; index < text.length; ) {
    if (!isLetterCode(text.charCodeAt(index))) {
      index++
      continue
    }
    const stop = tokenEnd(text, index, text.length)
    visit(text.slice(index, stop))
    index = stop
  }
}

/** Whether the period at `stop` belongs to the word `text[from, stop)`. */
function isAbbreviation(text: string, from: number, stop: number, end: number): boolean {
  const word = text.slice(from, stop)
  // Initials and dotted acronyms: "J.", "U.S." (the word so far is letters joined by periods).
  if (/^(?:\p{L}\.)*\p{L}$/u.test(word) && (word.length === 1 || word.includes('.'))) return true
  if (stop + 1 < end && isLetter(text, stop + 1) && /^(?:\p{L}\.)*\p{L}$/u.test(word)) return true
  return known.has(word.toLowerCase())
}

/**
 * The first token made of each one-character token beyond Latin-1, whose
 * strings the later ones share: the engine shares one-character strings only
 * up to U+00FF, so 8 MB of `”` would otherwise hold two new strings per token
 * (bounded by the characters of the Basic Multilingual Plane).
 */
const marks = new Map<number, Token>()

/** The token of the one character at `start`. */
function makeOne(text: string, start: number): Token {
  const code = text.charCodeAt(start)
  if (code < 0x100) return make(text, start, start + 1)
  let mark = marks.get(code)
  if (!mark) {
    mark = make(text, start, start + 1)
    marks.set(code, mark)
  }
  return {text: mark.text, lower: mark.lower, start, end: start + 1, word: mark.word, capital: mark.capital}
}

function make(text: string, start: number, end: number): Token {
  const value = text.slice(start, end)
  const code = value.charCodeAt(0)
  return {
    text: value,
    lower: value.toLowerCase(),
    start,
    end,
    word: isLetterCode(code),
    capital: code < 0x80 ? code >= 0x41 && code <= 0x5a : upper.test(value[0]!)
  }
}
