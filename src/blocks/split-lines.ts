/** One non-blank line of the input, trimmed of surrounding white space. */
export interface Line {
  /** The trimmed text, exactly as in the input. */
  readonly text: string
  /** Offset of the first character (0-based, UTF-16). */
  readonly start: number
  /** Offset after the last character. */
  readonly end: number
  /** Whether one or more blank lines (or the start of the input) come before this line. */
  readonly blankBefore: boolean
}

const lineBreak = /\r\n|\n|\r|\u2028|\u2029/g
// White space, zero-width characters, the BOM and controls around a line are not its text.
const edgeSpace = /[\s\u200B-\u200D\u2060\uFEFF\u0000-\u001F\u007F]/

/**
 * Split `text` into its non-blank lines, each trimmed, with offsets into `text`.
 *
 * Runs in one linear pass.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  let lineStart = 0
  let blankBefore = true
  lineBreak.lastIndex = 0

  while (lineStart <= text.length) {
    const match = lineBreak.exec(text)
    const lineEnd = match ? match.index : text.length
    let start = lineStart
    let end = lineEnd
    while (start < end && edgeSpace.test(text.charAt(start))) start++
    while (end > start && edgeSpace.test(text.charAt(end - 1))) end--
    // Do not split a surrogate pair at either edge (edgeSpace never matches half of one).
    if (end > start) {
      lines.push({text: text.slice(start, end), start, end, blankBefore})
      blankBefore = false
    } else {
      blankBefore = true
    }
    if (!match) break
    lineStart = match.index + match[0].length
  }

  return lines
}
