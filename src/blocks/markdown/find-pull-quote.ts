import type {Blockquote, Root, RootContent} from 'mdast'
import type {PlacedText} from '../html/assemble-article.js'
import type {MappedText} from '../mapped-text.js'
import {inlineText} from './inline-text.js'
import type {SourceRuns} from './source-runs.js'

/** A block quote that ends with who said it: `> “We will stay.”` then `> — Ana Lowe, mayor`. */
export interface PullQuote {
  /** The quoted words: the block quote up to the attribution line. */
  readonly quote: PlacedText
  /** The speaker's name as written (`"Ana Lowe"`). */
  readonly speaker: PlacedText
  /** What the attribution line says after the name (`"mayor"`), when anything. */
  readonly role?: PlacedText
}

// After the last dash of the last paragraph (the text is white-space collapsed): a name of one to five
// capitalised words (particles allowed), then optionally a comma and a role, then nothing but a full stop.
const dashes = /(?:^|\s)(?:[—–―]|--?)\s?(?=\p{Lu})/gu
const nameThenRole = /^(\p{Lu}[\p{L}\p{M}'’.-]*(?: (?:(?:de|da|del|van|von|der|al|bin|la|le) )?\p{Lu}[\p{L}\p{M}'’.-]*){0,4})(?:, ([^—–―]{1,120}))?$/u

/**
 * Read a pull quote from a Markdown block quote whose last line names the
 * speaker after a dash: the quote's words and the speaker's name and role,
 * each with its input span. `undefined` for any other block quote.
 *
 * @example
 *   // > “We counted the days.”
 *   // > — Mara Lind, shop owner
 *   findPullQuote(input, blockquote, sources)?.speaker.text // 'Mara Lind'
 */
export function findPullQuote(input: string, node: Blockquote, sources: SourceRuns): PullQuote | undefined {
  const paragraphs = node.children.filter((child) => child.type === 'paragraph')
  if (paragraphs.length === 0 || paragraphs.length !== node.children.length) return undefined
  const texts = paragraphs.map((paragraph) => inlineText(paragraph.children, paragraph.position?.start.offset ?? 0, sources))
  const last = texts.at(-1)!
  const base = Math.max(0, last.text.length - 200)
  const tail = last.text.slice(base)
  const lastDash = [...tail.matchAll(dashes)].at(-1)
  if (!lastDash) return undefined
  const after = base + lastDash.index + lastDash[0].length
  const match = nameThenRole.exec(last.text.slice(after).replace(/\.$/, ''))
  if (!match) return undefined
  const dash = base + lastDash.index + (lastDash[0].length - lastDash[0].trimStart().length)
  const nameAt = after
  const lastPosition = paragraphs.at(-1)!.position
  const source = {from: lastPosition?.start.offset ?? last.start, to: lastPosition?.end.offset ?? last.end}
  const speaker = span(input, source, last, nameAt, nameAt + match[1]!.length)
  const roleText = match[2]?.trim().replace(/\.$/, '')
  const roleAt = roleText ? last.text.lastIndexOf(roleText) : -1
  // The quote: the paragraphs before the attribution line, and the last one's words before the dash.
  const words = last.text.slice(0, dash).trimEnd()
  const quoted = words ? [...texts.slice(0, -1), span(input, source, last, 0, words.length)] : texts.slice(0, -1)
  if (quoted.length === 0 || !quoted.some((text) => /\p{L}/u.test(text.text))) return undefined
  const quote = {text: quoted.map((text) => text.text).join(' '), start: quoted[0]!.start, end: quoted.at(-1)!.end}
  return {quote, speaker, ...(roleText ? {role: span(input, source, last, roleAt, roleAt + roleText.length)} : {})}
}

/** The pull quotes among the block quotes of a Markdown tree (at its top level and in list items), in order. */
export function findPullQuotes(input: string, tree: Root, sources: SourceRuns): PullQuote[] {
  const found: PullQuote[] = []
  // Depth first in document order with an explicit stack: lists nest without limit.
  const stack: RootContent[] = [...tree.children].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'blockquote') {
      const pullQuote = findPullQuote(input, node, sources)
      if (pullQuote) found.push(pullQuote)
    } else if (node.type === 'list') {
      for (let item = node.children.length - 1; item >= 0; item--) {
        const children = node.children[item]!.children
        for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!)
      }
    }
  }
  return found
}

/**
 * The characters `[from, to)` of a mapped text, with their input span: where
 * they stand written out in the paragraph's source (the last such place at or
 * before the mapped one), else as mapped.
 */
function span(input: string, source: {from: number; to: number}, text: MappedText, from: number, to: number): PlacedText {
  const value = text.text.slice(from, to)
  const mapped = text.offsetAt(from)
  const at = input.slice(source.from, source.to).lastIndexOf(value, Math.max(0, text.offsetAt(to) - source.from))
  const start = at >= 0 ? source.from + at : mapped
  return {text: value, start, end: at >= 0 ? start + value.length : text.offsetAt(to)}
}
