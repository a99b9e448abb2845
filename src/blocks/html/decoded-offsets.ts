/**
 * Map each character of a decoded text back to the raw source it came from.
 *
 * HTML and Markdown parsers decode character references (`&amp;` → `&`),
 * turn `\r\n` into `\n` and replace NUL; the decoded `value` of a text node is
 * then shorter than its source `raw`. This walks both in step, once.
 *
 * @param raw The node's source text, `input.slice(start, end)`.
 * @param value The node's decoded text.
 * @param start Offset of `raw` in the input.
 * @returns `value.length + 1` input offsets: where each character of `value`
 *   starts, then where the last one ends.
 */
export function decodedOffsets(raw: string, value: string, start: number): number[] {
  const offsets: number[] = new Array<number>(value.length + 1)
  if (raw === value) {
    for (let index = 0; index <= value.length; index++) offsets[index] = start + index
    return offsets
  }
  let from = 0
  let to = 0
  while (to < value.length) {
    if (from >= raw.length) {
      // The source ran out (should not happen): pin the rest to the end.
      offsets[to++] = start + raw.length
      continue
    }
    const rawChar = raw.charCodeAt(from)
    if (rawChar === 38 /* & */ && (value.charCodeAt(to) !== 38 || ampersandReference.test(raw.slice(from, from + 7)))) {
      const length = referenceLength(raw, from)
      if (length > 0) {
        // A reference decodes to one or two code units (a few named ones to two characters).
        const after = from + length
        let decoded = 1
        while (decoded < 4 && to + decoded < value.length && after < raw.length && value.charCodeAt(to + decoded) !== raw.charCodeAt(after)) decoded++
        if (to + decoded > value.length || (after < raw.length && value.charCodeAt(to + decoded) !== raw.charCodeAt(after))) decoded = 1
        for (let index = 0; index < decoded; index++) offsets[to++] = start + from
        from = after
        continue
      }
    }
    if (rawChar === 13 /* \r */ && value.charCodeAt(to) === 10 && raw.charCodeAt(from + 1) === 10) {
      from++
      continue
    }
    if (rawChar === 92 /* \ */ && value.charCodeAt(to) !== 92) {
      // A Markdown backslash escape: the backslash is not in the value.
      from++
      continue
    }
    offsets[to++] = start + from++
  }
  offsets[value.length] = start + Math.min(from, raw.length)
  return offsets
}

const ampersandReference = /^&(?:amp;?|#0*38;?|#x0*26;?)/i

/** Length of the character reference at `index` (`&amp;`, `&#39;`, `&#x2019;`, `&nbsp`), or 0. */
function referenceLength(raw: string, index: number): number {
  let end = index + 1
  if (raw.charCodeAt(end) === 35 /* # */) {
    end++
    const hex = raw.charCodeAt(end) === 120 || raw.charCodeAt(end) === 88
    if (hex) end++
    const digitsStart = end
    while (end < raw.length && end - digitsStart < 8 && isDigit(raw.charCodeAt(end), hex)) end++
    if (end === digitsStart) return 0
  } else {
    const nameStart = end
    while (end < raw.length && end - nameStart < 32 && isAlphanumeric(raw.charCodeAt(end))) end++
    if (end === nameStart) return 0
  }
  if (raw.charCodeAt(end) === 59 /* ; */) end++
  return end - index
}

function isDigit(code: number, hex: boolean): boolean {
  if (code >= 48 && code <= 57) return true
  return hex && ((code >= 65 && code <= 70) || (code >= 97 && code <= 102))
}

function isAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}
