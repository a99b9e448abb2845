import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {checkPositions} from '../property/check-article.js'

const body = 'the minister said. “We will not leave,” said Jane Doe.'
const page = (paragraph: string) => `<html><body><article><h1>Talks resume in the capital</h1><p>${paragraph}</p></article></body></html>`

// [format, what is odd, input]: each once gave a position that did not slice back to its text.
const rows: Array<['html' | 'markdown' | 'text', string, string]> = [
  ['html', 'a NUL', page(`Officials\0 met Jane Doe in Kabul on Tuesday, ${body}`)],
  ['html', 'a stray end tag', page(`Officials met</span> Jane Doe in Kabul on Tuesday, ${body}`)],
  ['html', 'an ignored token', page(`Officials </<svg>met Jane Doe in Kabul on Tuesday, ${body}`)],
  ['html', 'a reference without semicolon before letters', page(`Smith&ampWesson met Jane Doe in Kabul on Tuesday, ${body}`)],
  ['html', 'a reference after the line break <pre> drops', `<article><h1>Talks</h1><pre>\n&notit; met Jane Doe. ${body}</pre></article>`],
  ['html', 'content moved out of a table', '<pre><table><td>one two</td><p>Four five six. Seven eight nine</p>'],
  ['markdown', 'a leading BOM', `\uFEFF# Talks resume\n\nThe minister met Jane Doe in Kabul. ${body}\n`],
  ['markdown', 'a list item’s continuation line', `# Talks resume\n\n- The minister met\n  Jane Doe in Kabul. ${body}\n`],
  ['markdown', 'a block quote’s continuation line', `# Talks resume\n\n> The minister met\n> Jane Doe in Kabul. ${body}\n`],
  ['markdown', 'an indented continuation line', `# Talks resume\n\nThe minister met\n   Jane Doe in Kabul. ${body}\n`],
  ['markdown', 'a literal &amp before a real reference', `# Talks resume\n\nSmith &amp Wesson &amp; the minister met Jane Doe in Kabul. ${body}\n`],
  ['markdown', 'image alt with emphasis and code', `# Talks resume\n\n![A *man* with \`code\` walks (AP Photo/Jane Doe)](x.jpg)\n\nThe minister met Jane Doe. ${body}\n`],
  ['markdown', 'a NUL in a code span', `# Talks resume\n\nThe \`a\0b\` minister met Jane Doe in Kabul. ${body}\n`],
  ['markdown', 'a lone CR inside emphasis', `# Talks resume\n\nThe *minister\rmet* Jane Doe in Kabul. ${body}\n`],
  ['markdown', 'an escape before a reference', '# \\&amp; Talks resume\n\nThe minister met Jane Doe.\n'],
  ['markdown', 'trailing spaces before a line ending', `# Talks resume\n\nThe minister met Jane Doe.  \r\n ${body}\n`]
]

describe('positions read from markup slice back to their text', () => {
  it.each(rows)('%s: %s', (format, _, input) => {
    const article = parseArticle(input, {format})
    void article.entities
    expect(checkPositions(input, JSON.parse(JSON.stringify(article)) as unknown, format)).toBeGreaterThan(0)
  })

  it('reads content moved out of a table in input order, start before end', () => {
    const article = parseArticle('<pre><table><td>one two</td><p>Four five six. Seven eight nine</p>', {format: 'html'})
    const paragraph = article.sections[0]!.paragraphs[0]!
    expect(paragraph.text).toBe('one two Four five six. Seven eight nine')
    expect(paragraph.position.start.offset).toBeLessThan(paragraph.position.end.offset)
  })

  it('maps a caption onto alt text written with emphasis, to its last character', () => {
    const input = '# Talks\n\n![A *man* walks (AP Photo/Jane Doe)](x.jpg)\n\nBody text here.\n'
    const caption = parseArticle(input, {format: 'markdown'}).captions[0]!
    expect(input.slice(caption.position.start.offset, caption.position.end.offset)).toBe('A *man* walks (AP Photo/Jane Doe)')
  })
})
