import {isAsciiWordCode} from '../ascii-word-code.js'
import {isKnownAbbreviation} from './known-abbreviation.js'

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
/** Letters joined by periods: `J`, `U.S`. */
const dotted = /^(?:\p{L}\.)*\p{L}$/u

/** Whether the character with code `code` is a letter, digit or mark (ASCII answered without the regex: it is most of any text). */
function isLetterCode(code: number, char: string): boolean {
  if (code < 0x80) return isAsciiWordCode(code)
  return letter.test(char)
}

function isLetter(text: string, index: number): boolean {
  return index < text.length && isLetterCode(text.charCodeAt(index), text[index]!)
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
  let index = start
  while (index < end) {
    const char = text[index]!
    if (char === ' ' || char === '\n' || char === '\t' || char === '\r' || char === '\u00A0') {
      index++
      continue
    }
    if (!isLetterCode(text.charCodeAt(index), char)) {
      tokens.push(make(text, index, index + 1, false))
      index++
      continue
    }
    let stop = index + 1
    for (;;) {
      if (stop >= end) break
      const next = text[stop]!
      if (isLetterCode(text.charCodeAt(stop), next)) {
        stop++
      } else if ((next === '’' || next === "'" || next === '-' || next === '‑' || next === '&') && stop + 1 < end && isLetter(text, stop + 1)) {
        stop += 2
      } else if (next === '.' && isAbbreviation(text, index, stop, end)) {
        stop++
      } else {
        break
      }
    }
    tokens.push(make(text, index, stop, true))
    index = stop
  }
  return tokens
}

/** Whether the period at `stop` belongs to the word `text[from, stop)`. */
function isAbbreviation(text: string, from: number, stop: number, end: number): boolean {
  const word = text.slice(from, stop)
  // Initials and dotted acronyms: "J.", "U.S." (the word so far is letters joined by periods).
  if (dotted.test(word) && (word.length === 1 || word.includes('.'))) return true
  if (stop + 1 < end && isLetter(text, stop + 1) && dotted.test(word)) return true
  return isKnownAbbreviation(word)
}

/** One-character strings beyond Latin-1, made once each: the engine shares them only up to U+00FF, and 8 MB of `”` made one per token. */
const marks = new Map<number, string>()
/** The lower case of each of {@link marks}, made once too (`toLowerCase` copies any string beyond Latin-1). */
const lowerMarks = new Map<number, string>()

/**
 * A token of {@link tokenize} in four fields (`end`, `word` and `capital` are
 * read from them): 56 bytes where an object of the six is 72, and the tokens
 * of one block are held at a time, which is all of an input of one paragraph
 * (8 MB of `”` is 8 M tokens). `lower` shares `text` when lower case changes
 * nothing (`toLowerCase` copies any string beyond Latin-1, one mark or `don’t`
 * at a time).
 */
class Piece implements Token {
  declare readonly text: string
  declare readonly lower: string
  declare readonly start: number
  /** 0 for punctuation, 1 for a word, 3 for a word that starts with a capital. */
  declare readonly kind: number
  constructor(text: string, start: number, kind: number, lower = text.toLowerCase()) {
    this.text = text
    this.lower = lower === text ? text : lower
    this.start = start
    this.kind = kind
  }
  get end(): number {
    return this.start + this.text.length
  }
  get word(): boolean {
    return this.kind > 0
  }
  get capital(): boolean {
    return this.kind > 1
  }
}

/**
 * A word token for `text` at `start` (a piece of a token: see `tokenize`).
 *
 * @example
 *   wordToken('Kabul', 4, true).end // 9
 */
export function wordToken(text: string, start: number, capital: boolean): Token {
  return new Piece(text, start, capital ? 3 : 1)
}

/** The token `text[start, end)`, a word or a punctuation mark. */
function make(text: string, start: number, end: number, word: boolean): Token {
  const code = text.charCodeAt(start)
  const kind = !word ? 0 : (code < 0x80 ? code >= 0x41 && code <= 0x5a : upper.test(text[start]!)) ? 3 : 1
  if (end - start > 1 || code < 0x100) return new Piece(text.slice(start, end), start, kind)
  let value = marks.get(code)
  if (value === undefined) {
    value = text[start]!
    marks.set(code, value)
    lowerMarks.set(code, value.toLowerCase())
  }
  return new Piece(value, start, kind, lowerMarks.get(code))
}
