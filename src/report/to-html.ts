import {dropRawText} from './drop-raw-text.js'
import {detectFormat, type ConcreteFormat} from '../blocks/detect-format.js'
import {describe} from '../options.js'
import type {Article, Block, InputFormat, Position} from '../types.js'
import {assignSpeakerColours} from './assign-speaker-colours.js'
import {collectMarks} from './collect-marks.js'
import {escapeHtml} from './escape-html.js'
import {renderMarked} from './render-marked.js'
import {renderSidePanel} from './render-side-panel.js'
import {reportStyle} from './report-style.js'
import {writeSourceText} from './write-source-text.js'

/** Options for {@link toHtml}. */
export interface HtmlReportOptions {
  /**
   * The format `source` was read in (as given to `parseArticle`); `'auto'`
   * decides it the way `parseArticle` does.
   *
   * @default 'auto'
   */
  readonly format?: InputFormat
}

const formats: readonly InputFormat[] = ['auto', 'text', 'html', 'markdown']

/**
 * Render an {@link Article} as one self-contained HTML page: the input with
 * every element marked where it stands, and a side panel with the speakers,
 * captions, entities and messages. Inline CSS only, no script, no external
 * resource (a Content-Security-Policy forbids them), so the file opens
 * anywhere with no network.
 *
 * The marked view is built from positions: headline, dek, byline, dateline,
 * captions (with their place, date and credit), headings, paragraphs,
 * credits, page furniture struck through, each quote coloured by speaker with
 * its cue and addressee underlined and the speaker's mention in bold. Quotes
 * are focusable; hovering or focusing one shows its attribution (speaker,
 * role, cue, addressee, kind, and confidence and evidence when present).
 * Overlapping spans nest, split where they cross. HTML input shows its text
 * with the tags hidden (a "show markup" switch brings them back) and the page
 * markup between the article's parts folded away; metadata values (a
 * headline from `<meta>`) are shown above the text.
 *
 * Every piece of the input and of the article is escaped: the input is
 * untrusted and can only ever show as text.
 *
 * @param article An article from `parseArticle`.
 * @param source The input `article` was parsed from (its positions point into it).
 * @param options See {@link HtmlReportOptions}.
 * @returns A whole HTML document.
 * @throws {TypeError} When `article` is not an article, `source` not a string, or `options` invalid.
 *
 * @example
 *   import {parseArticle, toHtml} from 'news-anatomy'
 *   const text = 'Headline here\n\n“We are ready,” the mayor said.'
 *   const page = toHtml(parseArticle(text), text)
 */
export function toHtml(article: Article, source: string, options: HtmlReportOptions = {}): string {
  checkArguments(article, source, options)
  const format: ConcreteFormat = !options.format || options.format === 'auto' ? detectFormat(source) : options.format
  const colours = assignSpeakerColours(article)
  const visible = (position: Position) => format !== 'html' || hasVisibleText(source.slice(position.start.offset, position.end.offset))
  const marked = renderMarked(source, collectMarks(article, {source, colours, inPlace: visible}), writeSourceText(format))
  const metadata = metadataBlocks(article, visible)
  const headline = article.headline?.text.replace(/\s+/g, ' ').trim()
  const facts = [
    `${format} input`,
    `${source.length.toLocaleString('en')} characters`,
    `${article.sections.reduce((sum, section) => sum + section.paragraphs.length, 0)} paragraphs`,
    `${article.quotes.length} quotes`,
    `${article.speakers.length} speakers`
  ]
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="news-anatomy">
<title>${escapeHtml(headline ? `${headline} · anatomy` : 'Article anatomy')}</title>
<style>${reportStyle}</style>
</head>
<body>
<header class="report-header">
<h1>${headline ? `Anatomy of “${escapeHtml(headline)}”` : 'Article anatomy'}</h1>
<p>${facts.map(escapeHtml).join(' · ')}</p>${format === 'html' ? '\n<p><label><input type="checkbox" id="show-markup"> Show markup</label></p>' : ''}
</header>
<div class="layout">
<main aria-label="The article, marked">
${metadata}<div class="source format-${format}">${marked}</div>
</main>
<aside aria-label="Summary">
${renderSidePanel(article, colours)}
</aside>
</div>
</body>
</html>
`
}

/** Whether HTML source shows any words once scripts, styles, tags and white space are gone. */
function hasVisibleText(html: string): boolean {
  return (
    dropRawText(html, ['script', 'style', 'template'], '')
      .replace(/<[^>]*>?/g, '')
      .trim() !== ''
  )
}

/** HTML input: the parts read from page metadata (no words of their own in place), shown above the text. */
function metadataBlocks(article: Article, visible: (position: Position) => boolean): string {
  const parts: Array<[Block | undefined, string, string, string?]> = [
    [article.headline, 'headline', 'Headline'],
    [article.dek, 'dek', 'Dek'],
    [article.byline, 'byline', 'Byline'],
    [article.published, 'published', 'Published'],
    ...article.captions.map((caption, index): [Block, string, string, string] => [caption, 'caption', 'Caption', `caption-${index + 1}`])
  ]
  const shown = parts
    .filter((part): part is [Block, string, string, string?] => part[0] !== undefined && !visible(part[0].position))
    .map(([block, kind, label, id]) => `<span class="part ${kind}"${id ? ` id="${id}"` : ''} data-label="${label}">${escapeHtml(block.text)}</span>`)
  return shown.length > 0 ? `<section class="metadata" aria-labelledby="metadata-title"><h2 id="metadata-title">From the page’s metadata and attributes</h2>${shown.join('')}</section>\n` : ''
}

function checkArguments(article: unknown, source: unknown, options: unknown): void {
  const isArticle =
    typeof article === 'object' && article !== null && ['captions', 'sections', 'credits', 'boilerplate', 'quotes', 'speakers', 'messages'].every((key) => Array.isArray((article as Record<string, unknown>)[key]))
  if (!isArticle) throw new TypeError(`news-anatomy: \`article\` must be an article from parseArticle, got ${describe(article)}`)
  if (typeof source !== 'string') throw new TypeError(`news-anatomy: \`source\` must be the input string the article was parsed from, got ${describe(source)}`)
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw new TypeError(`news-anatomy: \`options\` must be an object, got ${describe(options)}`)
  for (const key of Object.keys(options)) {
    if (key !== 'format') throw new TypeError(`news-anatomy: unknown option \`${key}\`; known options: format`)
  }
  const {format} = options as HtmlReportOptions
  if (format !== undefined && !formats.includes(format)) {
    throw new TypeError(`news-anatomy: \`options.format\` must be one of ${formats.map((name) => `'${name}'`).join(', ')}, got ${describe(format)}`)
  }
}
