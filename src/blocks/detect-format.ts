import {readFrontMatter} from './markdown/read-front-matter.js'

/** A format `parseArticle` reads, once `'auto'` is decided. */
export type ConcreteFormat = 'text' | 'html' | 'markdown'

// A document that opens with markup: a doctype, a comment or one of the usual page or block elements.
const htmlStart = /^(?:\uFEFF)?\s*(?:<!doctype\s+html|<!--|<\?xml|<(?:html|head|body|meta|title|link|article|main|div|section|header|p|h[1-6]|figure|span|table|ul|ol|blockquote|script|style|a)[\s>/])/i
// Markup anywhere near the start: closing tags of common elements.
const htmlTags = /<\/(?:p|div|h[1-6]|span|a|li|article|section|figure|figcaption|blockquote|em|strong|title|head|body|html)>/gi

const markdownHeading = /^#{1,6}[ \t]+\S/m

// Markdown marks that plain text rarely has, tested line by line (each anchored or bounded, so linear).
const lineSignals = [/^#{1,6}[ \t]+\S/, /^```/, /^>[ \t]?\S/, /^[ \t]{0,3}[-*+][ \t]+\S/, /^[=-]{3,}[ \t]*$/]
const emphasis = /(?:^|[\s(])([*_])[^\s*_][^*_\n]{0,200}\1(?=$|[\s.,;:!?)])/

/** How many Markdown marks the lines carry: headings, fences, quotes, list items, rules, images, links, strong and emphasised text. */
function countMarkdownSignals(head: string): number {
  let count = 0
  for (const line of head.split('\n')) {
    if (lineSignals.some((signal) => signal.test(line))) count++
    if (line.includes('](')) count++
    if (line.includes('**')) count++
    else if (emphasis.test(line)) count++
  }
  return count
}

/** The fewest Markdown marks (a first-line heading counts once more) that make an input Markdown. */
const markdownSignals = 3

/**
 * Decide whether an input is HTML, Markdown or plain text, from its first
 * few kilobytes only (so it costs the same on a 1 MB input).
 *
 * HTML: it opens with a doctype or a common element, or has several closing
 * tags of common elements. Markdown: it opens with YAML or TOML front matter,
 * or it has an ATX heading (`# Title`) and at least three Markdown marks in
 * all (headings, images, links, fences, block quotes, strong or emphasised
 * text, list items; a heading on the first line counts twice), so one
 * leading `# ` alone does not make a text Markdown.
 * Anything else is plain text.
 *
 * @example
 *   detectFormat('<!doctype html><title>Hi</title>') // 'html'
 *   detectFormat('# Title\n\n*A standfirst.*\n\nBody with [a link](https://example.org).') // 'markdown'
 *   detectFormat('# Title\n\nBody.') // 'text'
 */
export function detectFormat(input: string): ConcreteFormat {
  const head = input.slice(0, 4096)
  if (htmlStart.test(head)) return 'html'
  if ((head.match(htmlTags)?.length ?? 0) >= 3) return 'html'
  const firstLine = /^\s*([^\n]*)/.exec(head)?.[1] ?? ''
  if (/^(?:---|\+\+\+)$/.test(firstLine.trim()) && readFrontMatter(input)) return 'markdown'
  if (!markdownHeading.test(head)) return 'text'
  const leading = /^#{1,6}[ \t]+\S/.test(firstLine) ? 1 : 0
  return countMarkdownSignals(head) + leading >= markdownSignals ? 'markdown' : 'text'
}
