import {deepStrictEqual} from 'node:assert/strict'
import {decodeHTML, decodeHTMLStrict} from 'entities'

/** How a slice of the input is compared with the text read from it. */
export type SliceFormat = 'text' | 'html' | 'markdown'

/** `points` checks only that points are sane and agree with their offsets, not what a slice holds. */
type CheckFormat = SliceFormat | 'points'

/**
 * Invariants every parse result must keep, checked by walking the whole
 * output generically (so new fields are covered without touching this file):
 *
 * - every object shaped like a unist position has sane points whose
 *   `line`/`column` agree with `offset` (computed here independently);
 * - every object with both `text` and `position` slices back to `text`;
 * - every `occurrences` entry beside a `text` slices back to that text.
 *
 * For plain text a slice is the text itself. For HTML and Markdown the text
 * is decoded from markup, so the slice is rendered first, here and with none
 * of the library's code (see {@link renderSlice}), and compared with the text
 * white space aside; the slice must also start and end on a visible character
 * when the text does.
 */
export function checkPositions(input: string, output: unknown, format: CheckFormat = 'text'): number {
  const lineStarts = computeLineStarts(input)
  let checked = 0

  function checkPoint(point: unknown, path: string): number {
    if (point === null || typeof point !== 'object') throw new Error(`${path} is not a point`)
    const {line, column, offset} = point as {line: unknown; column: unknown; offset: unknown}
    for (const [name, value] of [['line', line], ['column', column], ['offset', offset]] as const) {
      if (!Number.isInteger(value)) throw new Error(`${path}.${name} is not an integer: ${String(value)}`)
    }
    const at = offset as number
    if (at < 0 || at > input.length) throw new Error(`${path}.offset ${at} is outside the input (length ${input.length})`)
    const expectedLine = lineOf(lineStarts, at)
    const expectedColumn = at - lineStarts[expectedLine - 1]! + 1
    if (line !== expectedLine || column !== expectedColumn) {
      throw new Error(
        `${path}: offset ${at} is at ${expectedLine}:${expectedColumn}, but the point says ${String(line)}:${String(column)}`
      )
    }
    return at
  }

  function checkPosition(position: unknown, path: string): [number, number] {
    const {start, end} = position as {start: unknown; end: unknown}
    const from = checkPoint(start, `${path}.start`)
    const to = checkPoint(end, `${path}.end`)
    if (from > to) throw new Error(`${path}: start ${from} is after end ${to}`)
    checked++
    return [from, to]
  }

  function checkSlice(position: unknown, text: string, path: string): void {
    const [from, to] = checkPosition(position, path)
    if (format === 'points') return
    const slice = input.slice(from, to)
    if (format !== 'text' ? !rendersTo(slice, text, format) : slice !== text) {
      throw new Error(`${path}: input.slice(${from}, ${to}) is ${JSON.stringify(slice)}, but text is ${JSON.stringify(text)}`)
    }
  }

  function walk(value: unknown, path: string): void {
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, `${path}[${index}]`))
      return
    }
    if (value === null || typeof value !== 'object') return
    const record = value as Record<string, unknown>
    if (isPosition(record)) {
      checkPosition(record, path)
      return
    }
    if ('position' in record && record.position !== undefined) {
      if (typeof record.text === 'string') checkSlice(record.position, record.text, `${path}.position`)
      else checkPosition(record.position, `${path}.position`)
    }
    if (Array.isArray(record.occurrences) && typeof record.text === 'string') {
      record.occurrences.forEach((occurrence, index) =>
        checkSlice(occurrence, record.text as string, `${path}.occurrences[${index}]`)
      )
    }
    for (const [key, child] of Object.entries(record)) {
      if (key === 'position' || key === 'occurrences') continue
      walk(child, `${path}.${key}`)
    }
  }

  walk(output, 'article')
  return checked
}

/**
 * The output is plain data: no cycles, no `undefined` (in arrays or as a
 * property value), no functions, no non-finite numbers, so it survives a
 * JSON round trip unchanged.
 */
export function checkSerialisable(output: unknown): void {
  const json = JSON.stringify(output)
  if (findUndefined(output)) throw new Error(`undefined at ${findUndefined(output)}`)
  deepStrictEqual(JSON.parse(json), output)
}

/** The path to the first `undefined` value (array item or property), if any. */
function findUndefined(value: unknown, path = 'article', seen = new Set<unknown>()): string | undefined {
  if (value === undefined) return path
  if (value === null || typeof value !== 'object' || seen.has(value)) return undefined
  seen.add(value)
  for (const [key, child] of Object.entries(value)) {
    const found = findUndefined(child, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`, seen)
    if (found) return found
  }
  return undefined
}

function isPosition(record: Record<string, unknown>): boolean {
  return isPoint(record.start) && isPoint(record.end)
}

function isPoint(value: unknown): boolean {
  return value !== null && typeof value === 'object' && 'offset' in value && 'line' in value
}

/** Line starts, written independently of src/locate.ts: lines end at CRLF, CR or LF. */
function computeLineStarts(input: string): number[] {
  const starts = [0]
  for (const match of input.matchAll(/\r\n|\r|\n/g)) starts.push(match.index + match[0].length)
  return starts
}

function lineOf(starts: readonly number[], offset: number): number {
  let line = 0
  let low = 0
  let high = starts.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (starts[middle]! <= offset) {
      line = middle
      low = middle + 1
    } else {
      high = middle - 1
    }
  }
  return line + 1
}

/**
 * What a slice of HTML or Markdown shows, written apart from the library:
 * markup, escapes and emphasis marks dropped, character references decoded.
 * White space, emphasis marks and brackets are dropped from both sides, as
 * the reader collapses the first and may keep the others as literal text.
 */
export function renderSlice(slice: string, format: 'html' | 'markdown'): string {
  let shown = slice
  if (format === 'html') {
    shown = decodeHTML(
      shown
        .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
        .replace(/<[!?][^>]*>?/g, '')
        .replace(/<\/[^a-zA-Z>][^>]*>?/g, '')
        .replace(/<q(?:\s[^>]*)?>/gi, '\u201C')
        .replace(/<\/q\s*>/gi, '\u201D')
        .replace(/<\/?[a-zA-Z][^>]*>/g, '')
        .replace(/\0/g, '')
    )
  } else {
    shown = shown
      .replace(/^[ \t]*(?:>[ \t]?)+/gm, '')
      // A link's destination; after an escaped bracket (a backslash before `](x)`) it is literal text.
      .replace(/(?<!\\)\]\([^)]*\)/g, '')
      .replace(/<\/?[a-zA-Z][^>]*>/g, '')
      .replace(/\\(?=\r?\n|\r)/g, '')
      // Escapes and references in one pass, so an escaped `&` starts no reference (no sentinel character that the input could hold too).
      .replace(/\\([!-/:-@[-`{-~])|&(?:#[xX][\da-fA-F]{1,6}|#\d{1,7}|[a-zA-Z][a-zA-Z\d]{0,31});/g, (match, mark: string | undefined) => mark ?? decodeHTMLStrict(match))
      .replace(/\0/g, '\uFFFD')
  }
  return comparable(shown)
}

function comparable(text: string): string {
  return text.replace(/[\s*_`[\]!]/g, '')
}

function rendersTo(slice: string, text: string, format: 'html' | 'markdown'): boolean {
  // Read from the page's metadata: the position is the element that states it.
  if (format === 'html' && /^<(?:meta|title|script|time|link)\b/i.test(slice)) return true
  if (renderSlice(slice, format) !== comparable(text)) return false
  const visible = /^[^\s<]/
  if (visible.test(text) && /^\s/.test(slice)) return false
  return !(/\S$/.test(text) && /\s$/.test(slice))
}
