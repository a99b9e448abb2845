/**
 * HTML source with the elements whose content is never shown (`script`,
 * `style`, …) replaced by `replacement`, each from its start tag to the end of
 * its end tag (or to the end of the input when it is never closed). One
 * forward pass, so linear in the input (a backtracking regular expression
 * over `[\s\S]*?` was cubic on runs of unclosed start tags).
 *
 * @param html HTML source.
 * @param tags The elements to drop.
 * @param replacement What stands in for each element.
 * @example
 *   dropRawText('a<script>x()</script>b', ['script'], ' ') // 'a b'
 */
export function dropRawText(html: string, tags: readonly RawTextTag[], replacement: string): string {
  // Global regular expressions keep their place in `lastIndex`: start both afresh (the walk is synchronous).
  const open = rawTextStart
  const close = rawTextEnd
  open.lastIndex = 0
  let out = ''
  let at = 0
  let match: RegExpExecArray | null
  while ((match = open.exec(html)) !== null) {
    const name = match[1]!.toLowerCase() as RawTextTag
    if (!tags.includes(name)) continue
    out += html.slice(at, match.index) + replacement
    close.lastIndex = open.lastIndex
    let end: RegExpExecArray | null
    while ((end = close.exec(html)) !== null && end[1]!.toLowerCase() !== name);
    const after = end ? html.indexOf('>', close.lastIndex) : -1
    at = after < 0 ? html.length : after + 1
    if (at >= html.length) break
    open.lastIndex = at
  }
  return out + html.slice(at)
}

/** The elements whose content is never shown as text. */
export type RawTextTag = 'script' | 'style' | 'template' | 'noscript' | 'title'

const rawTextStart = /<(script|style|template|noscript|title)\b/gi
const rawTextEnd = /<\/(script|style|template|noscript|title)\b/gi
