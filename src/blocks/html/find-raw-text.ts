/** The raw text of one `<script>` or `<style>` element: from the end of its start tag to the start of its end tag. */
export interface RawText {
  /** Offset just after the start tag's `>`. */
  readonly start: number
  /** Offset of the end tag's `<`. */
  readonly end: number
}

// What the scan stops at: a comment, an svg or math element (whose `<style>` is no raw text), a script or style start tag.
const opener = /<!--|<(svg|math|script|style)(?=[\t\n\f\r />])/gi
// Where each thing ends (a raw text at the tokenizer's end tag: the name, then white space, `/` or `>`).
const closers: Readonly<Record<string, RegExp>> = {
  '!--': /-->/g,
  svg: /<\/svg/gi,
  math: /<\/math/gi,
  script: /<\/script[\t\n\f\r />]/gi,
  style: /<\/style[\t\n\f\r />]/gi
}

/**
 * Where the page's `<script>` and `<style>` elements may hold raw text (never
 * empty): each from the end of its start tag to the first end tag of its name
 * after it, which is where the HTML tokenizer ends such text, as long as a
 * script holds no `<!--` escape with a `<script` in it (a script so escaped is
 * left out).
 *
 * A scan of the text alone, without the tree: it skips comments and the inside
 * of `<svg>` and `<math>`, but a tag it finds may be none (inside a
 * `<textarea>`, a `<title>`, an attribute value, a nested `<svg>`). The caller
 * confirms each start against the parsed tree (see `parseCutTree`); only the
 * end, given a true start, is the scan's own.
 *
 * @example
 *   findRawText('<p>a</p><script>let b = "</p>"</script>') // [{start: 16, end: 30}]
 */
export function findRawText(input: string): RawText[] {
  const found: RawText[] = []
  opener.lastIndex = 0
  for (let match; (match = opener.exec(input)); ) {
    const name = match[1]?.toLowerCase()
    // A comment's `-->` may overlap its `<!--` (`<!-->`, `<!--->` end there).
    let start = name ? opener.lastIndex : match.index + 2
    if (name === 'script' || name === 'style') {
      start = startTagEnd(input, start)
      if (start < 0) break
    }
    const closer = closers[name ?? '!--']!
    closer.lastIndex = start
    const end = closer.exec(input)?.index
    if (end === undefined) break
    opener.lastIndex = end
    const raw = input.slice(start, end)
    if (start < end && (name === 'style' || (name === 'script' && !(raw.includes('<!--') && /<script/i.test(raw))))) found.push({start, end})
  }
  return found
}

/**
 * Where the rest of a start tag ends, just after its `>` (a `>` inside a
 * quoted value does not end it), or -1 when no `>` ends it. One pass: as a
 * regular expression this was polynomial (the ReDoS audit).
 */
function startTagEnd(input: string, from: number): number {
  let quote = ''
  for (let at = from; at < input.length; at++) {
    const character = input[at]!
    if (quote) {
      if (character === quote) quote = ''
    } else if (character === '"' || character === "'") quote = character
    else if (character === '>') return at + 1
  }
  return -1
}
