import {frontMatterKeys} from '../../lexicon/front-matter-keys.js'
import type {PlacedText} from '../html/assemble-article.js'

/** What the front matter of a Markdown article says of it. */
export interface FrontMatter {
  /** The input with the front matter blanked out (each character but line ends a space), so offsets stay put. */
  readonly body: string
  /** `title`. */
  readonly title?: PlacedText
  /** `description`, `subtitle`, …. */
  readonly dek?: PlacedText
  /** `author` / `authors`: the span of all the names, and each name. */
  readonly byline?: PlacedText & {readonly authors: readonly string[]}
  /** `date`. */
  readonly published?: PlacedText
}

/** One value of a `key: value` line or of a list under a key, with where it is. */
interface Value {
  readonly text: string
  readonly start: number
  readonly end: number
}

const fences = {'---': 'yaml', '+++': 'toml'} as const
const closeYaml = /^(?:---|\.\.\.)[ \t]*$/m
const closeToml = /^\+\+\+[ \t]*$/m
/** Front matter longer than this is not read (it is a document, not a header). */
const maximumLength = 16_384

/**
 * Read YAML (`---`) or TOML (`+++`) front matter at the very start of a
 * Markdown input: the `key: value` (or `key = value`) lines of its top level,
 * quoted or bare, and lists of values (`[a, b]` or `- a` lines under the key).
 * Nested maps, multi-line strings and anchors are not read: only the few
 * keys in `src/lexicon/front-matter-keys.ts` matter. `undefined` when the
 * input does not open with front matter.
 *
 * @example
 *   readFrontMatter('---\ntitle: "Ferry returns"\nauthor: Lena Hart\n---\nBody.')?.title?.text // 'Ferry returns'
 */
export function readFrontMatter(input: string): FrontMatter | undefined {
  const bom = input.startsWith('\uFEFF') ? 1 : 0
  const fence = input.slice(bom, bom + 3)
  if (fence !== '---' && fence !== '+++') return undefined
  const open = /^(?:---|\+\+\+)[ \t]*\r?\n/.exec(input.slice(bom, bom + 8))
  if (!open) return undefined
  const from = bom + open[0].length
  const close = (fence === '---' ? closeYaml : closeToml).exec(input.slice(from, from + maximumLength))
  if (!close) return undefined
  const end = from + close.index + close[0].length
  const values = readValues(input, from, from + close.index, fences[fence])
  if (!values) return undefined
  const body = input.slice(0, end).replace(/[^\r\n]/g, ' ') + input.slice(end)

  const first = (keys: readonly string[]) => keys.map((key) => values.get(key)).find((found) => found && found.length > 0)
  const single = (keys: readonly string[]): PlacedText | undefined => {
    const found = first(keys)?.[0]
    return found && found.text ? found : undefined
  }
  const names = first(frontMatterKeys.authors)
  const authors = names?.flatMap((name) => name.text.split(/,|;|&|\band\b/).map((part) => part.trim())).filter((name) => /\p{L}/u.test(name)) ?? []
  const title = single(frontMatterKeys.title)
  const dek = single(frontMatterKeys.dek)
  const published = single(frontMatterKeys.published)
  return {
    body,
    ...(title ? {title} : {}),
    ...(dek ? {dek} : {}),
    ...(names && authors.length > 0 ? {byline: {text: authors.join(', '), start: names[0]!.start, end: names.at(-1)!.end, authors}} : {}),
    ...(published ? {published} : {})
  }
}

/**
 * The values of every top-level key between `from` and `to`, keys in lower
 * case; `undefined` when a line is neither a key, a list item, an indented
 * continuation, a comment nor blank (two thematic breaks around text are no front matter).
 */
function readValues(input: string, from: number, to: number, syntax: 'yaml' | 'toml'): Map<string, Value[]> | undefined {
  const values = new Map<string, Value[]>()
  // Lines are trimmed at the end first, values at both ends after: no two runs of blanks meet in a pattern.
  const pair = syntax === 'yaml' ? /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t](.*))?$/ : /^([A-Za-z_][\w-]*)[ \t]*=(.*)$/
  let listKey: string | undefined
  let offset = from
  for (const line of input.slice(from, to).split('\n')) {
    const start = offset
    offset += line.length + 1
    const text = line.trimEnd()
    if (syntax === 'toml' && /^\s*\[/.test(text)) break // a table: what follows is not top level
    const item = /^[ \t]*-[ \t](.*)$/.exec(text)
    if (item && listKey) {
      const raw = item[1]!.trim()
      const value = unquote(raw, start + text.lastIndexOf(raw))
      if (value) values.get(listKey)!.push(value)
      continue
    }
    const match = pair.exec(text)
    listKey = undefined
    if (!match) {
      if (/^(?:[ \t]|#|$)/.test(text) || (syntax === 'toml' && /^[\]\s,"']/.test(text))) continue
      return undefined
    }
    const key = match[1]!.toLowerCase()
    const raw = (match[2] ?? '').trim()
    if (values.has(key)) continue
    const at = start + (raw ? text.lastIndexOf(raw) : text.length)
    if (!raw) {
      values.set(key, [])
      listKey = key
    } else if (raw.startsWith('[') && raw.endsWith(']')) {
      values.set(key, splitList(raw.slice(1, -1), at + 1))
    } else {
      const value = unquote(raw, at)
      values.set(key, value ? [value] : [])
    }
  }
  return values.size > 0 ? values : undefined
}

/** The items of an inline list (`"a", "b"` or `a, b`), each with its place. */
function splitList(raw: string, at: number): Value[] {
  const items: Value[] = []
  for (const match of raw.matchAll(/"(?:[^"\\]|\\.)*"|'[^']*'|[^,]+/g)) {
    const value = unquote(match[0].trim(), at + match.index + (match[0].length - match[0].trimStart().length))
    if (value) items.push(value)
  }
  return items
}

/** A scalar without its quotes (and a YAML comment after a bare value), with the span of its text. */
function unquote(raw: string, at: number): Value | undefined {
  const quote = raw[0]
  if ((quote === '"' || quote === "'") && raw.length >= 2 && raw.endsWith(quote)) {
    const inner = raw.slice(1, -1)
    const text = quote === '"' ? inner.replace(/\\(["\\/])/g, '$1') : inner.replace(/''/g, "'")
    return text.trim() ? {text: text.trim(), start: at + 1, end: at + raw.length - 1} : undefined
  }
  if (/^[|>{&*!]/.test(raw)) return undefined
  const comment = raw.search(/[ \t]#/)
  const bare = (comment >= 0 ? raw.slice(0, comment) : raw).trim()
  return bare ? {text: bare, start: at, end: at + bare.length} : undefined
}
