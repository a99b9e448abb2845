import fc from 'fast-check'
import {articleLine, quoteMarks} from './arbitraries.js'

// Invented words only; odd code units come from the plain-text generator's lines.
const names = ['Jane Doe', 'John Roe', 'Ayşe Yİ', 'Kİ', 'Mr. Roe', 'the minister', 'Reuters', 'Kabul', 'U.N.']
const verbs = ['said', 'told reporters', 'added', 'met', 'warned']

/** A sentence with a name and a quote or a cue, so quotes, speakers and mentions get positions. */
const sentence = fc
  .tuple(fc.constantFrom(...names), fc.constantFrom(...verbs), fc.constantFrom(...names), fc.constantFrom(...quoteMarks))
  .map(([who, verb, other, mark]) => `${mark}We will not leave,${mark === '“' ? '”' : mark} ${verb} ${who}, who met ${other} on Tuesday.`)

const line = fc.oneof({weight: 3, arbitrary: sentence}, {weight: 2, arbitrary: articleLine})

/** What HTML a parser treats oddly inside text; each is rendered by the checker without the library's code. */
const htmlOddities = [
  '</span>', '\0', '</<svg>', '<div<section>', '&ampWesson', '&amp', '&amp;', '&nbsp;', '&#8220;', '&rdquo;', '&notit;', '&#x1F600;',
  '&NotEqualTilde;', '&foo;', '\r\n', '\r', '<br>', '<b>', '</b>', '<em>bold</em>', '<!-- a comment -->', '<q>quoted</q>', '<span>',
  '</p>', '<wbr>', '&lt;tag&gt;', '\t'
] as const

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
}

/** A line as HTML text, with oddities between some of its words. */
const htmlText = fc
  .tuple(line, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...htmlOddities)), {maxLength: 4}))
  .map(([text, oddities]) => {
    const words = escapeHtml(text).split(' ')
    for (const [at, oddity] of oddities) words.splice(at % (words.length + 1), 0, oddity)
    return words.join(' ')
  })

const htmlBlock = fc.oneof(
  {weight: 6, arbitrary: htmlText.map((text) => `<p>${text}</p>`)},
  {weight: 1, arbitrary: htmlText.map((text) => `<h2>${text}</h2>`)},
  {weight: 1, arbitrary: htmlText.map((text) => `<blockquote><p>${text}</p></blockquote>`)},
  {weight: 1, arbitrary: fc.tuple(htmlText, htmlText).map(([a, b]) => `<figure><img src="x.jpg"><figcaption>${a}</figcaption></figure><p>${b}</p>`)},
  // Content the parser moves out of a table.
  {weight: 1, arbitrary: fc.tuple(htmlText, htmlText).map(([a, b]) => `<table><td>${a}</td><p>${b}</p></table>`)},
  {weight: 1, arbitrary: htmlText.map((text) => `<pre>\n${text}</pre>`)},
  {weight: 1, arbitrary: htmlText.map((text) => `<div>${text}<div>${text}</div></div>`)}
)

/** A news page: a headline and blocks, sometimes with a BOM, a doctype or CRLF line ends. */
export const htmlArticle = fc
  .tuple(fc.boolean(), fc.boolean(), htmlText, fc.array(htmlBlock, {maxLength: 12}), fc.constantFrom('\n', '\r\n', ''))
  .map(([bom, doctype, headline, blocks, end]) =>
    `${bom ? '\uFEFF' : ''}${doctype ? '<!doctype html>' : ''}<html><body><article><h1>${headline}</h1>${end}${blocks.join(end)}</article></body></html>`
  )

/** What Markdown reads oddly inside a paragraph. */
const markdownOddities = [
  '&amp', '&amp;', '&ampWesson', '&#8220;', '&rdquo;', '\\*', '\\_', '\\&amp;', '\0', '*em*', '**strong**', '_em_', '`code`', '`a\0b`',
  '[link](https://example.com/a)', '<span>', '*a\rb*', '\\', '  \n', '\n', '\r\n'
] as const

const markdownText = fc
  .tuple(line, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...markdownOddities)), {maxLength: 4}))
  .map(([text, oddities]) => {
    // Keep the generated words from opening constructs the checker does not render (HTML, link destinations).
    const words = text.replace(/[<>[\]()\\`]/g, '').split(' ')
    for (const [at, oddity] of oddities) words.splice(at % (words.length + 1), 0, oddity)
    return words.join(' ').replace(/^[\s#>+*-]+|[\s#=]+$/g, '').replace(/^\d+[.)]/, '') || 'Word'
  })

/** Continuation lines, each with its container's prefix. */
function continued(prefix: string, first: string, more: readonly string[]): string {
  return [first, ...more].map((text, index) => (index === 0 ? text : prefix + text)).join('\n')
}

const markdownBlock = fc.oneof(
  {weight: 4, arbitrary: fc.tuple(markdownText, fc.array(markdownText, {maxLength: 2})).map(([a, more]) => continued('', a, more))},
  {weight: 1, arbitrary: fc.tuple(markdownText, fc.array(markdownText, {maxLength: 2})).map(([a, more]) => continued('   ', a, more))},
  {weight: 1, arbitrary: markdownText.map((text) => `## ${text}`)},
  {weight: 2, arbitrary: fc.tuple(markdownText, fc.array(markdownText, {maxLength: 2})).map(([a, more]) => `- ${continued('  ', a, more)}`)},
  {weight: 2, arbitrary: fc.tuple(markdownText, fc.array(markdownText, {maxLength: 2})).map(([a, more]) => `> ${continued('> ', a, more)}`)},
  {weight: 1, arbitrary: fc.tuple(markdownText, markdownText).map(([a, b]) => `> ${a}\n${b}`)},
  {weight: 1, arbitrary: fc.tuple(markdownText, fc.constantFrom('', ' *with emphasis*', ' `code`', ' &amp; more')).map(([alt, extra]) => `![${alt.replace(/[\r\n]+/g, ' ')}${extra}](photo.jpg)`)},
  {weight: 1, arbitrary: markdownText.map((text) => `*${text}*`)}
)

/** A Markdown article: an ATX headline, blocks, sometimes a BOM and CRLF line ends. */
export const markdownArticle = fc
  .tuple(fc.boolean(), markdownText, fc.array(markdownBlock, {maxLength: 12}), fc.constantFrom('\n\n', '\r\n\r\n', '\n\n\n'))
  .map(([bom, headline, blocks, separator]) => {
    const text = `${bom ? '\uFEFF' : ''}# ${headline}${separator}${blocks.join(separator)}\n`
    return separator.includes('\r') ? text.replace(/(?<!\r)\n/g, '\r\n') : text
  })
