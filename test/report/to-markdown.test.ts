import fc from 'fast-check'
import type {Nodes, Root} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {describe, expect, it} from 'vitest'
import {parseArticle, toMarkdown} from '../../src/index.js'
import type {Article, Block, Position, Quote} from '../../src/index.js'

// Builds articles by hand so the Markdown rendering is tested apart from parsing.
let offset = 0
function block(text: string): Block {
  const position: Position = {start: {line: 1, column: offset + 1, offset}, end: {line: 1, column: offset + text.length + 1, offset: offset + text.length}}
  offset += text.length + 1
  return {text, position}
}

function article(parts: Partial<Article>): Article {
  return {captions: [], sections: [], credits: [], boilerplate: [], quotes: [], speakers: [], entities: [], messages: [], lang: 'en', ...parts}
}

function plain(node: Nodes): string {
  if ('value' in node) return node.value
  if ('children' in node) return (node.children as Nodes[]).map(plain).join('')
  return ''
}

function read(markdown: string): Root {
  return fromMarkdown(markdown)
}

describe('toMarkdown', () => {
  it('writes headline, dek, byline, sections, captions in place and credits', () => {
    offset = 0
    const headline = block('Rivers Rise After Storm')
    const dek = block('Towns along the valley prepare for more rain')
    const byline = {...block('By Jane Doe'), authors: ['Jane Doe']}
    const first = {...block('The river rose two meters overnight.'), sentences: []}
    const photo = {...block('FILE - A flooded street in a river town.'), occurrences: [], file: true}
    const heading = block('What comes next')
    const second = {...block('More rain is expected on Friday.'), sentences: []}
    const credit = {...block('Staff writers contributed to this report.'), contributors: ['Staff writers']}
    const markdown = toMarkdown(
      article({
        headline,
        dek,
        byline,
        captions: [photo],
        sections: [{paragraphs: [first]}, {heading, paragraphs: [second]}],
        credits: [credit]
      })
    )
    expect(markdown).toBe(
      [
        '# Rivers Rise After Storm',
        '*Towns along the valley prepare for more rain*',
        'By Jane Doe',
        'The river rose two meters overnight.',
        '*Photo: FILE - A flooded street in a river town.*',
        '## What comes next',
        'More rain is expected on Friday.',
        '*Staff writers contributed to this report.*'
      ].join('\n\n') + '\n'
    )
    const tree = read(markdown)
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph'])
  })

  it('writes a quotes table with kind, speaker, role, cue and words', () => {
    offset = 0
    const quotes: Quote[] = [
      {
        kind: 'direct',
        text: 'We will not | leave',
        position: block('We will not | leave').position,
        attribution: {speaker: {name: 'Jane Doe', role: 'the mayor', kind: 'person'}, cue: block('told'), addressee: block('reporters')}
      },
      {kind: 'partial', text: 'welcome news', position: block('welcome news').position}
    ]
    const lines = toMarkdown(article({quotes})).trimEnd().split('\n')
    expect(lines).toEqual([
      '## Quotes',
      '',
      '| Kind | Speaker | Role | Cue | Words |',
      '| --- | --- | --- | --- | --- |',
      '| direct | Jane Doe | the mayor | told reporters | We will not \\| leave |',
      '| partial |   |   |   | welcome news |'
    ])
  })

  it('writes a speakers table and the entities by kind', () => {
    offset = 0
    const mention = block('Tom Reed')
    const markdown = toMarkdown(
      article({
        speakers: [
          {name: 'Tom Reed', role: 'the mayor | chair', kind: 'person', aliases: ['Tom Reed'], quotes: 2},
          {name: 'Harbour Trust', kind: 'organization', aliases: ['Harbour Trust'], quotes: 1}
        ],
        entities: [
          {name: 'Tom Reed', kind: 'person', mentions: [mention]},
          {name: 'Portville', kind: 'place', mentions: [mention]},
          {name: 'Harbour_Trust*', kind: 'organization', mentions: [mention]},
          {name: 'Lena Park', kind: 'person', mentions: [mention]}
        ]
      })
    )
    expect(markdown.trimEnd().split('\n')).toEqual([
      '## Speakers',
      '',
      '| Speaker | Kind | Role | Quotes |',
      '| --- | --- | --- | ---: |',
      '| Tom Reed | person | the mayor \\| chair | 2 |',
      '| Harbour Trust | organization |   | 1 |',
      '',
      '## Entities',
      '',
      '- **People:** Tom Reed, Lena Park',
      '- **Organizations:** Harbour_Trust\\*',
      '- **Places:** Portville'
    ])
    const list = read(markdown).children.at(-1)!
    expect(list.type).toBe('list')
    expect(plain(list)).toBe('People: Tom Reed, Lena ParkOrganizations: Harbour_Trust*Places: Portville')
  })

  it('leaves out the quotes section when there are no quotes, and writes nothing for an empty article', () => {
    expect(toMarkdown(article({}))).toBe('')
    expect(toMarkdown(parseArticle('Headline here\n\nFirst paragraph of the story.'))).toBe('# Headline here\n\nFirst paragraph of the story.\n')
  })

  // Rows of [text, what it must come out as]: Markdown syntax is escaped,
  // ordinary punctuation is left alone.
  const rows: Array<[string, string]> = [
    ['plain words, no syntax.', 'plain words, no syntax.'],
    ['*not emphasis*', '\\*not emphasis\\*'],
    ['snake_case stays, _this_ does not', 'snake_case stays, \\_this\\_ does not'],
    ['# not a heading', '\\# not a heading'],
    ['#MeToo inside and C# too', '\\#MeToo inside and C# too'],
    ['- not a list', '\\- not a list'],
    ['2019. A year', '2019\\. A year'],
    ['> not a quote', '\\> not a quote'],
    ['a > b and a < b', 'a > b and a \\< b'],
    ['[link](x)', '\\[link\\](x)'],
    ['AT&T and &amp; and &#38;', 'AT&T and \\&amp; and \\&#38;'],
    ['back\\slash and `code`', 'back\\\\slash and \\`code\\`'],
    ['Great! Really?', 'Great! Really?'],
    ['one\nline\r\n  only', 'one line only']
  ]
  it.each(rows)('escapes %j', (text, expected) => {
    offset = 0
    expect(toMarkdown(article({sections: [{paragraphs: [{...block(text), sentences: []}]}]}))).toBe(`${expected}\n`)
  })

  it('gives back the same words when read as CommonMark, whatever the text', () => {
    const chars = [...'ab Z1 9._*-+#>=<[]()!&;`~|\\:/"\'\t', '&amp;', '&#x41;', '\n', '1.', '- ', '***', '___', '```', 'http://a.b']
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), {minLength: 1, maxLength: 40}), (parts) => {
        const text = parts.join('')
        const expected = text.replace(/\s*[\r\n]\s*/g, ' ').trim()
        fc.pre(expected !== '')
        offset = 0
        const heading = block(text)
        const paragraph = {...block(text), sentences: []}
        const tree = read(toMarkdown(article({sections: [{heading, paragraphs: [paragraph]}]})))
        expect(tree.children.map((node) => node.type)).toEqual(['heading', 'paragraph'])
        expect(plain(tree.children[0]!)).toBe(expected)
        expect(plain(tree.children[1]!)).toBe(expected)
      }),
      {numRuns: 500}
    )
  })
})
