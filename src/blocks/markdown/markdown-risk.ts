/** A shape of Markdown that micromark reads in more than linear time, and where it first is. */
export interface MarkdownRisk {
  /** What was found, in words. */
  readonly reason: string
  /** Input offset of the line or block where it was found. */
  readonly offset: number
}

/** The deepest nesting of block quotes and list items on one line. */
const maximumDepth = 32
/** The most columns of indentation before a list item (16 levels of nested lists, indented two columns each, twice over). */
const maximumListIndent = 64
/** The most emphasis, link or code marks in one paragraph. */
const maximumMarksPerBlock = 512
/** The most setext underlines (`===`, `---` under a line) in a document. */
const maximumSetextHeadings = 256
/** Above this size, the largest share of inline marks an input may have. */
const denseFrom = 32_768
const maximumMarkShare = 0.2

/**
 * Look for the shapes micromark handles in quadratic time or worse, in one
 * linear pass over the lines: long runs of emphasis, link or code marks in
 * one paragraph (`**_a**_a…`, `[a]([a](…`), block quotes or lists nested
 * deeper than any article nests them, many setext headings, and inputs made
 * mostly of marks. Real articles are far inside every limit.
 *
 * @returns The first risk found, or `undefined` when micromark can read the input.
 */
export function findMarkdownRisk(input: string): MarkdownRisk | undefined {
  let marks = 0
  let blockMarks = 0
  let blockStart = 0
  let setext = 0
  let previousBlank = true
  let lineStart = 0
  while (lineStart <= input.length) {
    let lineEnd = lineStart
    while (lineEnd < input.length && input.charCodeAt(lineEnd) !== 10 && input.charCodeAt(lineEnd) !== 13) lineEnd++
    const blank = isBlank(input, lineStart, lineEnd)
    if (blank) {
      blockMarks = 0
    } else {
      if (previousBlank) blockStart = lineStart
      const depth = containerDepth(input, lineStart, lineEnd)
      if (depth > maximumDepth) return {reason: `block quotes or lists nested more than ${maximumDepth} deep`, offset: lineStart}
      if (!previousBlank && isSetextUnderline(input, lineStart, lineEnd) && ++setext > maximumSetextHeadings) {
        return {reason: `more than ${maximumSetextHeadings} setext headings`, offset: lineStart}
      }
      const lineMarks = countMarks(input, lineStart, lineEnd)
      marks += lineMarks
      blockMarks += lineMarks
      if (blockMarks > maximumMarksPerBlock) return {reason: `more than ${maximumMarksPerBlock} emphasis, link or code marks in one paragraph`, offset: blockStart}
    }
    previousBlank = blank
    // Past the line ending (`\r\n` counts once).
    lineStart = lineEnd + (input.charCodeAt(lineEnd) === 13 && input.charCodeAt(lineEnd + 1) === 10 ? 2 : 1)
  }
  if (input.length > denseFrom && marks > maximumMarkShare * input.length) {
    return {reason: `more than ${maximumMarkShare * 100}% of the input is emphasis, link or code marks`, offset: 0}
  }
  return undefined
}

function isBlank(input: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = input.charCodeAt(index)
    if (code !== 32 && code !== 9) return false
  }
  return true
}

/** Block quote markers and list item markers opening the line, counting deep indentation before a list marker as nesting. */
function containerDepth(input: string, from: number, to: number): number {
  let depth = 0
  let index = from
  let indent = 0
  while (index < to) {
    const code = input.charCodeAt(index)
    if (code === 32) {
      indent++
      index++
    } else if (code === 9) {
      indent += 4
      index++
    } else if (code === 62 /* > */) {
      depth++
      index++
    } else if ((code === 45 || code === 42 || code === 43) /* - * + */ && isSpace(input.charCodeAt(index + 1))) {
      depth++
      if (indent > maximumListIndent) return maximumDepth + 1
      index += 2
    } else {
      const digits = /^\d{1,9}[.)](?=[ \t])/.exec(input.slice(index, Math.min(to, index + 11)))
      if (!digits) break
      depth++
      if (indent > maximumListIndent) return maximumDepth + 1
      index += digits[0].length + 1
    }
  }
  return depth
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9
}

/** `===` or `---` alone on a line (up to three spaces before). */
function isSetextUnderline(input: string, from: number, to: number): boolean {
  let index = from
  while (index < to && index - from < 3 && input.charCodeAt(index) === 32) index++
  const mark = input.charCodeAt(index)
  if (mark !== 61 && mark !== 45) return false
  while (index < to && input.charCodeAt(index) === mark) index++
  while (index < to && isSpace(input.charCodeAt(index))) index++
  return index === to
}

/** Runs of `*`, `_` and backticks, and each `[`, `]`, `<`, in a line. */
function countMarks(input: string, from: number, to: number): number {
  let count = 0
  let previous = -1
  for (let index = from; index < to; index++) {
    const code = input.charCodeAt(index)
    if (code === 42 || code === 95 || code === 96) {
      if (code !== previous) count++
    } else if (code === 91 || code === 93 || code === 60) {
      count++
    }
    previous = code
  }
  return count
}
