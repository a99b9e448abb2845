import {describe, expect, it} from 'vitest'
import {findMarkdownRisk} from '../../src/blocks/markdown/markdown-risk.js'
import {parseArticle} from '../../src/index.js'
import {checkPositions} from '../property/check-article.js'

// Shapes micromark reads in quadratic time or worse, at a size it would take seconds to minutes on.
const risky: Array<[string, string]> = [
  ['emphasis marks in one paragraph', '**_a'.repeat(40_000)],
  ['nested block quotes on one line', `${'> '.repeat(20_000)}a`],
  ['deeper and deeper block quotes', Array.from({length: 200}, (_, depth) => `${'> '.repeat(depth + 1)}a`).join('\n')],
  ['setext headings', 'Title\n===\n'.repeat(20_000)],
  ['unclosed link resources', '[a]('.repeat(40_000)],
  ['nested lists', Array.from({length: 300}, (_, depth) => `${'  '.repeat(depth)}- a`).join('\n')],
  ['an input made of marks', `# A\n\n${'*a* [b] `c` '.repeat(5_000)}`]
]

// Articles, however long, stay inside every limit.
const fine: Array<[string, string]> = [
  ['a long article', `# Talks resume\n\n${'The minister said the *talks* would continue, with [a link](https://example.org).\n\n'.repeat(2_000)}`],
  ['a few nested quotes and lists', '# A\n\n> > > quoted\n\n- one\n  - two\n    - three\n\nTitle\n===\n\nText.'],
  ['empty', '']
]

describe('findMarkdownRisk', () => {
  it.each(risky)('finds %s', (_, input) => {
    expect(findMarkdownRisk(input)).toBeDefined()
  })

  it.each(fine)('lets %s through', (_, input) => {
    expect(findMarkdownRisk(input)).toBeUndefined()
  })
})

describe('risky Markdown is read as plain blocks', () => {
  it.each(risky)('%s: quickly, with a message and exact positions', {timeout: 60_000}, (_, input) => {
    const started = process.cpuUsage()
    const article = parseArticle(input, {format: 'markdown'})
    const used = process.cpuUsage(started)
    // Seconds of CPU at most (micromark alone takes minutes on most of these).
    expect((used.user + used.system) / 1e6).toBeLessThan(20)
    expect(article.messages.map((message) => message.ruleId)).toContain('markdown-read-as-text')
    checkPositions(input, JSON.parse(JSON.stringify(article)) as unknown, 'points')
    // Marks are kept as written and white space collapsed: each paragraph is its slice, white space aside.
    const bare = (text: string) => text.replace(/\s+/g, '')
    for (const paragraph of article.sections.flatMap((section) => section.paragraphs)) {
      expect(bare(input.slice(paragraph.position.start.offset, paragraph.position.end.offset))).toBe(bare(paragraph.text))
    }
  })

  it('keeps the headline and the paragraphs', () => {
    const input = `# Talks resume in the capital\n\n${'**_a'.repeat(200)}\n\nThe minister said the talks would continue.`
    const article = parseArticle(input, {format: 'markdown'})
    expect(article.headline?.text).toBe('Talks resume in the capital')
    expect(article.sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text)).at(-1)).toBe('The minister said the talks would continue.')
  })
})
