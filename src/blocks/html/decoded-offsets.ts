import {DecodingMode, HtmlEntityDecoder} from 'entities/decode'

/** The code points of the reference read last, and how many UTF-16 units they take. */
const decoded: number[] = []
let decodedUnits = 0
// The decoder parse5 itself uses, so a reference is read here exactly as the parser read it.
const decoder = new HtmlEntityDecoder((codePoint) => {
  decoded.push(codePoint)
  decodedUnits += codePoint > 0xffff ? 2 : 1
})

/**
 * Map each character of an HTML text node's value back to the source it came
 * from.
 *
 * The HTML parser decodes character references (`&amp;`, `&#8217;`, and the
 * legacy ones without a semicolon: `&ampWesson` is `&` then `Wesson`), turns
 * `\r\n` and a lone `\r` into `\n`, and drops the newline right after `<pre>`.
 * This reads `raw` the way the parser's tokenizer does (with the same
 * reference decoder), so every reference maps to its whole raw span.
 *
 * `raw` must be the source of one contiguous run of text, as the nodes of
 * `parseTree` are. When `value` is not what `raw` decodes to (the caller
 * gave something else), offsets stay inside `raw` and never go backwards.
 *
 * @param raw The node's source text, `input.slice(start, end)`.
 * @param value The node's decoded text.
 * @param start Offset of `raw` in the input.
 * @returns `value.length + 1` input offsets: where each character of `value`
 *   starts, then where the last one ends.
 */
export function decodedOffsets(raw: string, value: string, start: number): number[] {
  const offsets = new Array<number>(value.length + 1)
  if (raw === value) {
    for (let index = 0; index <= value.length; index++) offsets[index] = start + index
    return offsets
  }
  if (!walk(raw, value, start, offsets, false) && startsWithBreak(raw)) walk(raw, value, start, offsets, true)
  return offsets
}

/** Whether `raw` reads as exactly `value` (see {@link decodedOffsets}). */
export function decodesTo(raw: string, value: string): boolean {
  return raw === value || walk(raw, value, 0, undefined, false) || (startsWithBreak(raw) && walk(raw, value, 0, undefined, true))
}

/**
 * Read `raw` against `value`, filling `offsets` when given; whether they
 * matched to the end. `skipBreak`: the raw text's first line break is not in
 * the value (`<pre>` and `<textarea>` drop it).
 */
function walk(raw: string, value: string, start: number, offsets: number[] | undefined, skipBreak: boolean): boolean {
  let from = skipBreak ? (raw.charCodeAt(0) === 13 && raw.charCodeAt(1) === 10 ? 2 : 1) : 0
  let to = 0
  let exact = true
  while (from < raw.length && to < value.length) {
    const code = raw.charCodeAt(from)
    if (code === 38 /* & */) {
      const length = readReference(raw, from)
      if (length > 0 && matches(value, to)) {
        for (let unit = 0; unit < decodedUnits; unit++) {
          if (offsets) offsets[to] = start + from
          to++
        }
        from += length
        continue
      }
    } else if (code === 13 /* \r */ && raw.charCodeAt(from + 1) === 10 && value.charCodeAt(to) === 10) {
      from++
      continue
    }
    const expected = code === 13 ? 10 : code === 0 ? 0xfffd : code
    if (value.charCodeAt(to) !== expected && value.charCodeAt(to) !== code) exact = false
    if (offsets) offsets[to] = start + from
    to++
    from++
  }
  if (to < value.length || from < raw.length) exact = false
  if (offsets) {
    // Only when `value` is not what `raw` decodes to: pin what is left to the end.
    while (to < value.length) offsets[to++] = start + raw.length
    offsets[value.length] = start + from
  }
  return exact
}

/** Read the reference at `raw[index]` (an `&`) as the tokenizer does: its raw length, or 0 when it is no reference. */
function readReference(raw: string, index: number): number {
  decoded.length = 0
  decodedUnits = 0
  decoder.startEntity(DecodingMode.Legacy)
  const length = decoder.write(raw, index + 1)
  return Math.max(0, length < 0 ? decoder.end() : length)
}

/** Whether `value` at `index` holds the code points just decoded. */
function matches(value: string, index: number): boolean {
  let at = index
  for (const codePoint of decoded) {
    if (value.codePointAt(at) !== codePoint) return false
    at += codePoint > 0xffff ? 2 : 1
  }
  return true
}

function startsWithBreak(text: string): boolean {
  const code = text.charCodeAt(0)
  return code === 10 || code === 13
}
