import type {Line} from './split-lines.js'

/** Widest line, in characters, that still counts as hard-wrapped text. */
const maxWrapWidth = 100
/** How many lines an unclosed bracket may run on for. */
const maxBracketLines = 3

/**
 * Join lines that continue the line before them into one line, so a
 * paragraph broken over several lines is read as one block:
 *
 * - hard-wrapped text: when the whole input is wrapped at a width of at most
 *   100 characters, a line that stopped short only because the next word did
 *   not fit is continued by the next line (no blank line between);
 * - a line ending with an open bracket (`"Caption text ("`) runs on until the
 *   bracket closes, at most three lines on (pages that print a photo credit in
 *   its own box inside brackets do this).
 *
 * The joined line spans from the first line's start to the last line's end;
 * its `text` is that slice of `source`, line breaks included.
 *
 * @param lines The lines of `source`, from {@link splitLines}.
 * @param source The text the lines were read from.
 */
export function joinContinuedLines(lines: readonly Line[], source: string): Line[] {
  const width = wrapWidth(lines)
  const joined: Line[] = []
  for (let index = 0; index < lines.length; index++) {
    let line = lines[index]!
    let bracketLines = 0
    while (index + 1 < lines.length) {
      const next = lines[index + 1]!
      if (next.blankBefore) break
      const openBracket =
        bracketLines < maxBracketLines && (bracketLines === 0 ? /[([]$/.test(line.text) : unclosedBracket(line.text))
      if (!openBracket && !(width !== undefined && wrappedBefore(line, next, width))) break
      if (openBracket) bracketLines++
      line = {text: source.slice(line.start, next.end), start: line.start, end: next.end, blankBefore: line.blankBefore}
      index++
    }
    joined.push(line)
  }
  return joined
}

/**
 * The width the input is wrapped at, or `undefined` when it is not
 * hard-wrapped: every line fits in 100 characters and blank lines separate blocks
 * that have several lines.
 */
function wrapWidth(lines: readonly Line[]): number | undefined {
  if (lines.length < 3) return undefined
  let width = 0
  let continued = 0
  for (const [index, line] of lines.entries()) {
    width = Math.max(width, line.text.length)
    if (index > 0 && !line.blankBefore) continued++
  }
  const blocks = lines.filter((line) => line.blankBefore).length
  // Wrapped text has blank lines between paragraphs and more lines than paragraphs.
  return width <= maxWrapWidth && width >= 30 && blocks >= 2 && continued >= blocks / 2 ? width : undefined
}

/** A line stopped short of `width` only because the next line's first word did not fit. */
function wrappedBefore(line: Line, next: Line, width: number): boolean {
  const firstWord = /^\S+/.exec(next.text)?.[0] ?? ''
  return line.text.length + 1 + firstWord.length > width
}

/** Whether the text has more `(` than `)` or more `[` than `]`. */
function unclosedBracket(text: string): boolean {
  let round = 0
  let square = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 40) round++
    else if (code === 41 && round > 0) round--
    else if (code === 91) square++
    else if (code === 93 && square > 0) square--
  }
  return round > 0 || square > 0
}
