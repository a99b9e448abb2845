import {describe, expect, it} from 'vitest'
import {readMarkdownArticle} from '../../src/blocks/markdown/read-markdown.js'
import {createLocator} from '../../src/locate.js'
import {parseArticle} from '../../src/index.js'

const lead = '# Ferry returns\n\nThe first ferry of the season left the mainland at seven on Tuesday.\n\n'
const read = (markdown: string) => readMarkdownArticle(lead + markdown, createLocator(lead + markdown))

describe('Markdown pull quotes', () => {
  it.each<[label: string, markdown: string, quote: string, speaker: string, role: string | undefined]>([
    ['a dash line of its own', '> “We counted the days.”\n>\n> — Mara Lind, shop owner\n', '“We counted the days.”', 'Mara Lind', 'shop owner'],
    ['a dash line in the same paragraph', '> “We counted the days.”\n> — Mara Lind\n', '“We counted the days.”', 'Mara Lind', undefined],
    ['the dash after the words', '> We counted the days. – Mara van Lind, who runs the shop.\n', 'We counted the days.', 'Mara van Lind', 'who runs the shop'],
    ['two quoted paragraphs and two hyphens', '> First we waited.\n>\n> Then we counted the days.\n>\n> -- Mara Lind\n', 'First we waited. Then we counted the days.', 'Mara Lind', undefined]
  ])('%s: the quote, the speaker and the role, placed in the input', (_label, markdown, quote, speaker, role) => {
    const input = lead + markdown
    const [found, ...rest] = read(markdown).pullQuotes
    expect(rest).toEqual([])
    expect(found?.quote.text).toBe(quote)
    expect(found?.speaker.text).toBe(speaker)
    expect(input.slice(found!.speaker.start, found!.speaker.end)).toBe(speaker)
    expect(found?.role?.text).toBe(role)
    if (role) expect(input.slice(found!.role!.start, found!.role!.end)).toBe(role)
  })

  it.each<[label: string, markdown: string]>([
    ['a block quote with no dash line', '> We counted the days, said one islander.\n'],
    ['a dash line with no name', '> We counted the days.\n>\n> — and then some\n'],
    ['only a dash line', '> — Mara Lind\n'],
    ['a dash inside a sentence', '> The pier — Old Quay — reopened.\n>\n> It was busy.\n']
  ])('%s is no pull quote', (_label, markdown) => {
    expect(read(markdown).pullQuotes).toEqual([])
  })
})

describe('Markdown image titles with photo credits', () => {
  it.each<[title: string, credit: string | undefined]>([
    ['Photo: Jane Doe/Harbour Agency', 'Photo: Jane Doe/Harbour Agency'],
    ['Jane Doe/Reuters', 'Jane Doe/Reuters'],
    ['(Photo by Jane Doe)', 'Photo by Jane Doe'],
    ['© Jane Doe', '© Jane Doe'],
    ['Workers on the rebuilt pier', undefined]
  ])('title %j → credit %j, the alt text stays the caption', (title, credit) => {
    const article = parseArticle(`${lead}![Passengers board the ferry](ferry.jpg "${title}")\n\nMore text follows here.\n`, {format: 'markdown'})
    expect(article.captions.map((caption) => [caption.text, caption.credit])).toEqual([['Passengers board the ferry', credit]])
  })
})
