import {dropRawText} from './drop-raw-text.js'
import type {ConcreteFormat} from '../blocks/detect-format.js'
import {escapeHtml} from './escape-html.js'
import type {TextWriter} from './render-marked.js'

/** Markup left unmarked between the article's parts is folded away once it is at least this long. */
const foldAt = 400

const named: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', mdash: '—', ndash: '–', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', middot: '·', copy: '©'
}

/**
 * How the marked view writes the input's text, by format.
 *
 * Plain text and Markdown are shown as written. Whitespace between the
 * article's blocks is dropped (the blocks stand apart on their own); other
 * text outside every block is shown as unmarked. HTML shows the text of each
 * block with its tags kept in small grey type (hidden unless "show markup" is
 * on) and character references decoded; the page markup between blocks is
 * folded into a one-line note, or shown as unmarked text where it holds words.
 *
 * Everything written is escaped.
 *
 * @param format The input's format.
 * @returns The writer for {@link renderMarked}.
 */
export function writeSourceText(format: ConcreteFormat): TextWriter {
  if (format !== 'html') {
    return (text, inBlock) => {
      if (inBlock) return escapeHtml(text)
      const loose = withoutLooseLines(text)
      return loose.trim() === '' ? '' : `<span class="loose">${escapeHtml(loose)}</span>`
    }
  }
  return (text, inBlock) => {
    if (inBlock) return text.replace(/(<[!/?a-zA-Z][^>]*>?)|([^<]+|<)/g, (_, tag: string | undefined, words: string | undefined) => (tag === undefined ? escapeHtml(decode(words!)) : `<span class="tag">${escapeHtml(tag)}</span>`))
    const words = decode(
      dropRawText(text, ['script', 'style', 'template', 'noscript', 'title'], ' ')
        .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
        .replace(/<[!/?a-zA-Z][^>]*>?/g, ' ')
    )
      .replace(/\s+/g, ' ')
      .trim()
    if (words !== '') return `<span class="loose">${escapeHtml(words)}</span>`
    return text.length >= foldAt ? `<span class="gap">⋯ ${text.length.toLocaleString('en')} characters of page markup</span>` : ''
  }
}

/** Decode numeric character references and the common named ones (others stay as written). */
function decode(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([a-zA-Z]{2,8}));/g, (reference, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return named[name] ?? reference
    const code = decimal === undefined ? Number.parseInt(hex!, 16) : Number(decimal)
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\uFFFD'
  })
}

/** Text without its leading white space up to the last line break in it, and its trailing white space from the first line break in it. */
function withoutLooseLines(text: string): string {
  let start = 0
  for (let index = 0; index < text.length && /\s/.test(text[index]!); index++) if (text[index] === '\n') start = index + 1
  let end = text.length
  for (let index = text.length; index > start && /\s/.test(text[index - 1]!); index--) if (text[index - 1] === '\n') end = index - 1
  return text.slice(start, Math.max(start, end))
}
