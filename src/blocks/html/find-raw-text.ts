/** The raw text of one `<script>` or `<style>` element: from the end of its start tag to the start of its end tag. */
export interface RawText {
  /** Offset just after the start tag's `>`. */
  readonly start: number
  /** Offset of the end tag's `<`. */
  readonly end: number
}

// What the scan stops at: a script or style start tag, an svg or math element (whose `<style>` is no raw text), a comment.
const opener = /<(script|style|svg|math)(?=[\t\n\f\r />])|<!--/gi
const closers: Readonly<Record<string, RegExp>> = {svg: /<\/svg/gi, math: /<\/math/gi}

/**
 * Where the page's `<script>` and `<style>` elements hold their raw text
 * (never empty), found with the HTML tokenizer's own rules for where such
 * text ends: `</script` or `</style` followed by white space, `/` or `>`,
 * with a script's `<!--` … `-->` escapes, in which `<script>` … `</script>`
 * does not end it.
 *
 * A scan of the text alone, without the tree: it skips comments and the
 * inside of `<svg>` and `<math>`, but it cannot know every place where such a
 * tag is not one (inside `<textarea>`, `<title>`, `<iframe>`, a `<select>`).
 * The caller checks each span against the parsed tree (see `parseTree`).
 *
 * @example
 *   findRawText('<p>a</p><script>let b = "</p>"</script>') // [{start: 16, end: 30}]
 */
export function findRawText(input: string): RawText[] {
  const found: RawText[] = []
  opener.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = opener.exec(input))) {
    const at = match.index
    const name = match[1]?.toLowerCase()
    if (!name) {
      const end = commentEnd(input, at)
      if (end < 0) break
      opener.lastIndex = end
      continue
    }
    const start = startTagEnd(input, at + 1 + name.length)
    if (start < 0) break
    const closer = closers[name]
    if (closer) {
      closer.lastIndex = start
      const close = closer.exec(input)
      opener.lastIndex = close ? close.index : start
      continue
    }
    const end = name === 'script' ? scriptDataEnd(input, start) : rawTextEnd(input, start)
    if (end < 0) break
    if (end > start) found.push({start, end})
    opener.lastIndex = end
  }
  return found
}

/** Where the comment opened at `at` (`<!--`) ends, after its `-->` or `--!>`; -1 when it runs to the end. */
function commentEnd(input: string, at: number): number {
  const from = at + 4
  if (input.charCodeAt(from) === 62 /* > */) return from + 1
  if (input.charCodeAt(from) === 45 /* - */ && input.charCodeAt(from + 1) === 62) return from + 2
  let dashes = input.indexOf('--', from)
  while (dashes >= 0) {
    const next = input.charCodeAt(dashes + 2)
    if (next === 62) return dashes + 3
    if (next === 33 /* ! */ && input.charCodeAt(dashes + 3) === 62) return dashes + 4
    dashes = input.indexOf('--', dashes + 1)
  }
  return -1
}

/** Where a start tag whose name ends at `from` ends (after its `>`), reading attributes as the tokenizer does; -1 at the end of the input. */
function startTagEnd(input: string, from: number): number {
  let at = from
  // 0 before an attribute name, 1 in a name, 2 after a name, 3 before a value, 4 unquoted value, 5 after a quoted value.
  let state = 0
  while (at < input.length) {
    const code = input.charCodeAt(at)
    const space = code === 32 || code === 9 || code === 10 || code === 12 || code === 13
    if (state === 3 && (code === 34 || code === 39)) {
      const close = input.indexOf(code === 34 ? '"' : "'", at + 1)
      if (close < 0) return -1
      at = close + 1
      state = 5
      continue
    }
    if (code === 62 /* > */) return at + 1
    if (state === 0 || state === 2 || state === 5) {
      if (space) state = state === 5 ? 0 : state
      else if (code === 47 /* / */) state = 0
      else if (code === 61 /* = */ && state === 2) state = 3
      else state = 1
    } else if (state === 1) {
      if (space) state = 2
      else if (code === 47) state = 0
      else if (code === 61) state = 3
    } else if (state === 3) {
      if (!space) state = 4
    } else if (space) {
      state = 0
    }
    at++
  }
  return -1
}

/** Where a `<style>` element's raw text that starts at `from` ends: its `</style` end tag; -1 when none follows. */
function rawTextEnd(input: string, from: number): number {
  let at = input.indexOf('</', from)
  while (at >= 0) {
    if (endsTag(input, at + 2, 'style')) return at
    at = input.indexOf('</', at + 2)
  }
  return -1
}

/**
 * Where a `<script>` element's text that starts at `from` ends, by the
 * tokenizer's script data states: its `</script` end tag, which inside a
 * `<!--` escape still ends it, except after a `<script` there (double
 * escaped) until `</script`; -1 when none follows.
 */
function scriptDataEnd(input: string, from: number): number {
  const length = input.length
  let at = from
  // 0 script data, 1 escaped, 2 escaped dash, 3 escaped dash dash, 4 double escaped, 5 double escaped dash, 6 double escaped dash dash.
  let state = 0
  while (at < length) {
    if (state === 0) {
      const less = input.indexOf('<', at)
      if (less < 0) return -1
      const next = input.charCodeAt(less + 1)
      if (next === 47 /* / */) {
        if (endsTag(input, less + 2, 'script')) return less
        at = less + 2
      } else if (next === 33 /* ! */ && input.charCodeAt(less + 2) === 45 && input.charCodeAt(less + 3) === 45) {
        at = less + 4
        state = 3
      } else {
        at = less + 1
      }
      continue
    }
    const code = input.charCodeAt(at)
    if (state <= 3) {
      if (code === 45 /* - */) {
        state = state === 1 ? 2 : 3
        at++
      } else if (code === 60 /* < */) {
        const next = input.charCodeAt(at + 1)
        if (next === 47 && endsTag(input, at + 2, 'script')) return at
        if (isAsciiLetter(next) && endsTag(input, at + 1, 'script')) {
          // `<script` and the character after it: double escaped from here.
          at += 8
          state = 4
        } else {
          // A `</` that ends nothing, or a lone `<`: the next character is read in the escaped state.
          at += next === 47 ? 2 : 1
          state = 1
        }
      } else {
        state = code === 62 /* > */ && state === 3 ? 0 : 1
        at++
      }
      continue
    }
    if (code === 45) {
      state = state === 4 ? 5 : 6
      at++
    } else if (code === 60) {
      // `</script` and the character after it end the double escape; anything else after `<` is read double escaped.
      if (input.charCodeAt(at + 1) === 47 && endsTag(input, at + 2, 'script')) {
        at += 9
        state = 1
      } else {
        at++
        state = 4
      }
    } else {
      state = code === 62 && state === 6 ? 0 : 4
      at++
    }
  }
  return -1
}

/** Whether `input` holds the tag name `name` at `at` (ASCII case-insensitive) followed by white space, `/` or `>`. */
function endsTag(input: string, at: number, name: string): boolean {
  if (at + name.length >= input.length) return false
  for (let index = 0; index < name.length; index++) {
    if ((input.charCodeAt(at + index) | 0x20) !== name.charCodeAt(index)) return false
  }
  const after = input.charCodeAt(at + name.length)
  return after === 32 || after === 9 || after === 10 || after === 12 || after === 13 || after === 47 || after === 62
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}
