/** How long a piece of Markdown is read at once, at least: micromark keeps some 100 bytes of events per input character. */
export const chunkSize = 1 << 18

// A line that defines a link reference (`[label]: url`): references may be used anywhere, so such a document is read whole.
// A label holds no unescaped bracket (CommonMark), so each scan stops at the next one: linear on any input, and a
// label that runs over lines still counts.
const definition = /^ {0,3}\[(?:[^[\]\\]|\\[\s\S])+\]:/m
// The start of an HTML block that may hold blank lines, and the text that ends it (CommonMark's kinds 1 to 5).
const rawStarts: ReadonlyArray<readonly [RegExp, string]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, ''],
  [/^ {0,3}<!--/, '-->'],
  [/^ {0,3}<\?/, '?>'],
  [/^ {0,3}<!\[CDATA\[/, ']]>'],
  [/^ {0,3}<![A-Za-z]/, '>']
]
const rawEnd = /<\/(?:script|pre|style|textarea)>/i
const fence = /^ {0,3}(`{3,}|~{3,})/

/**
 * Where a Markdown document can be cut into pieces that read the same apart
 * as together, so that the reader parses (and holds the events and tree of)
 * one piece of about `size` characters at a time. A cut goes only before a
 * line that starts in the first column right after a blank line, outside
 * fenced code and HTML blocks: every block has closed there but a list, which
 * goes on as a list of its own. A document that defines link references, or
 * is shorter than `size`, is one piece.
 *
 * @returns The offsets where pieces start, the first 0.
 * @example
 *   markdownChunks('One.\n\nTwo.\n', 4) // [0, 6]
 */
export function markdownChunks(text: string, size: number = chunkSize): number[] {
  const starts = [0]
  if (text.length <= size || definition.test(text)) return starts
  let fenceMark: string | undefined
  let rawUntil: string | undefined
  let previousBlank = false
  let lineStart = 0
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = text.length
    const line = text.slice(lineStart, lineEnd)
    const blank = line.trim() === ''
    if (fenceMark !== undefined) {
      const closing = fence.exec(line)
      if (closing && closing[1]![0] === fenceMark[0] && closing[1]!.length >= fenceMark.length && line.slice(closing[0].length).trim() === '') fenceMark = undefined
    } else if (rawUntil !== undefined) {
      if (rawUntil === '' ? rawEnd.test(line) : line.includes(rawUntil)) rawUntil = undefined
    } else {
      if (previousBlank && !blank && !/^\s/.test(line) && lineStart - starts.at(-1)! >= size) starts.push(lineStart)
      const opening = fence.exec(line)
      if (opening) fenceMark = opening[1]!
      else {
        const raw = rawStarts.find(([start]) => start.test(line))
        if (raw && !(raw[1] === '' ? rawEnd.test(line) : line.slice(line.indexOf('<') + 2).includes(raw[1]))) rawUntil = raw[1]
      }
    }
    previousBlank = blank
    lineStart = lineEnd + 1
  }
  return starts
}
