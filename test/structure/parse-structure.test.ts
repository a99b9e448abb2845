import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import type {Article, Block} from '../../src/index.js'

const lead =
  'The harbour council voted on Monday night to close the old pier at Seatown for good, ending a decade of debate about repairs.'
const second = 'Fishermen said they had expected the decision for months, but had still hoped the council would find the money.'
const third = 'The mayor said the town would now look for a builder to put up a smaller pier beside the lifeboat station.'
const fifth = 'Seatown will keep its old pier closed until a builder is chosen, the council said in a statement on Tuesday.'
const fourth = '"It is a sad day, but the pier is not safe," the mayor told reporters after the vote on Monday night.'

function allBlocks(article: Article): Block[] {
  return [
    ...(article.headline ? [article.headline] : []),
    ...(article.dek ? [article.dek] : []),
    ...article.boilerplate,
    ...article.captions,
    ...article.credits,
    ...article.sections.flatMap((section) => [...(section.heading ? [section.heading] : []), ...section.paragraphs])
  ]
}

function expectSlices(input: string, article: Article) {
  for (const block of allBlocks(article)) expect(input.slice(block.position.start.offset, block.position.end.offset)).toBe(block.text)
}

const paragraphs = (article: Article) => article.sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text))

describe('parseArticle structure', () => {
  it.each([
    ['blank lines', `Seatown votes to close its old pier\n\n${lead}\n\n${second}\n\n${third}`],
    ['single newlines', `Seatown votes to close its old pier\n${lead}\n${second}\n${third}`],
    ['CRLF and a BOM', `\uFEFFSeatown votes to close its old pier\r\n\r\n${lead}\r\n\r\n${second}\r\n\r\n${third}\r\n`],
    ['tabs and spaces around lines', `\tSeatown votes to close its old pier  \n\n  ${lead}\t\n\n${second}\n\n${third}`]
  ])('reads headline and paragraphs with %s', (_name, input) => {
    const article = parseArticle(input)
    expect(article.headline?.text).toBe('Seatown votes to close its old pier')
    expect(paragraphs(article)).toEqual([lead, second, third])
    expectSlices(input, article)
  })

  it('gives no headline, with a message, for body-only text', () => {
    const input = `${lead}\n\n${second}\n\n${third}`
    const article = parseArticle(input)
    expect(article.headline).toBeUndefined()
    expect(article.messages.map((message) => message.ruleId)).toContain('no-headline')
    expect(paragraphs(article)).toEqual([lead, second, third])
  })

  it('finds the article among the menus, share buttons and footer of a whole page', () => {
    const input = [
      'Skip to content',
      'Home',
      'News',
      'Sport',
      'Weather',
      'Local',
      'Ferry timetable changes for the summer season',
      'Seatown votes to close its old pier',
      'By Jane Doe',
      'Published 3 May 2024',
      'Share',
      lead,
      second,
      'Advertisement',
      third,
      fourth,
      'Related',
      'Lifeboat crew rescues two swimmers off the point',
      'Ferry timetable changes for the summer season',
      'Contact us',
      'Privacy policy',
      '© 2024 Seatown Gazette'
    ].join('\n')
    const article = parseArticle(input)
    expect(article.headline?.text).toBe('Seatown votes to close its old pier')
    expect(paragraphs(article)).toEqual([lead, second, third, fourth])
    expect(article.boilerplate.map((block) => block.text)).toContain('Contact us')
    expectSlices(input, article)
  })

  it('reads the short lines a whole page prints between the headline and the story as furniture', () => {
    const input = [
      'Home',
      'News',
      'Sport',
      'Seatown votes to close its old pier',
      'By Jane Doe',
      'Published 3 May 2024',
      'Most read',
      'Lifeboat crew rescues two swimmers off the point',
      'Ferry timetable changes for the summer season',
      'Sign up for our morning newsletter',
      lead,
      second,
      'Advertisement',
      third,
      fourth,
      'Contact us',
      'Privacy policy',
      '© 2024 Seatown Gazette'
    ].join('\n')
    const article = parseArticle(input)
    expect(article.headline?.text).toBe('Seatown votes to close its old pier')
    expect(paragraphs(article)).toEqual([lead, second, third, fourth])
    expect(article.boilerplate.map((block) => block.text)).toEqual(expect.arrayContaining(['Ferry timetable changes for the summer season', 'Sign up for our morning newsletter']))
    expectSlices(input, article)
  })

  it('keeps a caption with its credit apart and slices it back', () => {
    const input = `Seatown votes to close its old pier\n\n${lead}\n\n${second}\n\nThe old pier at Seatown on a calm morning. (Jane Doe/Seatown Gazette)\n\n${third}`
    const article = parseArticle(input)
    expect(article.captions.map((caption) => [caption.text, caption.credit])).toEqual([
      ['The old pier at Seatown on a calm morning.', 'Jane Doe/Seatown Gazette']
    ])
    expect(paragraphs(article)).toEqual([lead, second, third])
    expectSlices(input, article)
  })

  it.each([['a line with photo position words', 'Jane Doe, left, and John Roe walk along the pier on Monday.']])('reads %s as a caption', (_name, line) => {
    const input = `Seatown votes to close its old pier\n\n${lead}\n\n${second}\n\n${line}\n\n${third}`
    const article = parseArticle(input)
    expect(article.captions.map((caption) => caption.text)).toEqual([line])
    expect(paragraphs(article)).toEqual([lead, second, third])
  })

  it('reads the unpunctuated line after the dek as the cover caption', () => {
    const input = `Seatown votes to close its old pier\n\nA decade of debate ends with a vote on Monday night\n\nThe old pier seen from the beach at low tide\n\n${lead}\n\n${second}`
    const article = parseArticle(input)
    expect(article.dek?.text).toBe('A decade of debate ends with a vote on Monday night')
    expect(article.captions.map((caption) => caption.text)).toEqual(['The old pier seen from the beach at low tide'])
    expect(paragraphs(article)).toEqual([lead, second])
  })

  // Title-case lines of two or three words between paragraphs are headings far more often than the names
  // under a portrait (reading them as captions was right on one outlet and wrong on four others).
  it('reads a short title-case line between paragraphs as a heading, not a caption of names', () => {
    const input = `Seatown votes to close its old pier\n\n${lead}\n\n${second}\n\nHarbour Lights\n\n${third}`
    const article = parseArticle(input)
    expect(article.captions).toEqual([])
    expect(article.sections.map((section) => section.heading?.text)).toEqual([undefined, 'Harbour Lights'])
    expect(paragraphs(article)).toEqual([lead, second, third])
  })

  it('keeps a heading-shaped line right before the next heading in the body of an article', () => {
    const input = `Seatown votes to close its old pier\n\n${lead}\n\nWhat happens next\n\n${second}\n\nThe lifeboat station at dawn\n\nA smaller pier\n\n${third}`
    const article = parseArticle(input)
    expect(article.sections.map((section) => section.heading?.text)).toEqual([undefined, 'What happens next', 'A smaller pier'])
    expect(article.captions).toEqual([])
    expect(paragraphs(article)).toEqual([lead, second, 'The lifeboat station at dawn', third])
  })

  /** Lines that a list of short lines prints again further down: a table of contents. */
  const contents = ['Contents', 'Why the pier failed', 'What happens next']

  it.each([
    // A teaser printed between paragraphs and again in a list below them links to another page.
    [
      'text that lists a teaser again below it',
      ['Seatown votes to close its old pier', lead, second, 'Ferry fares go up again', third, fourth, 'Related stories', 'Ferry fares go up again', 'Lifeboat crew thanked'],
      [undefined],
      ['Ferry fares go up again', 'Related stories', 'Ferry fares go up again', 'Lifeboat crew thanked']
    ],
    // On a whole page (menus above the headline) such a list is the page's, and its lines stay furniture.
    [
      'whole page that lists lines above them',
      ['Home', 'News', 'Sport', 'Seatown votes to close its old pier', lead, ...contents, 'Why the pier failed', second, third, 'What happens next', fourth, fifth],
      [undefined],
      ['Home', 'News', 'Sport', ...contents, 'Why the pier failed', 'What happens next']
    ]
  ])('in a %s, reads the repeated lines', (_name, lines, headings, boilerplate) => {
    const input = lines.join('\n\n')
    const article = parseArticle(input)
    expect(article.sections.map((section) => section.heading?.text)).toEqual(headings)
    expect(paragraphs(article)).toEqual(lines.filter((line) => [lead, second, third, fourth, fifth].includes(line)))
    expect(article.boilerplate.map((block) => block.text)).toEqual(boilerplate)
  })

  it('reads a short line printed again between the paragraphs of a whole page as furniture', () => {
    const input = `Home\nNews\nSport\nSeatown votes to close its old pier\n${lead}\nRead the full council report\n${second}\nRead the full council report\n${third}\n${fourth}`
    const article = parseArticle(input)
    expect(article.boilerplate.filter((block) => block.text === 'Read the full council report')).toHaveLength(2)
    expect(article.sections.map((section) => section.heading?.text)).toEqual([undefined])
  })

  it('reads a heading-shaped line right before the next heading on a whole page as furniture', () => {
    const input = `Home\nNews\nSport\nSeatown votes to close its old pier\n${lead}\nWhat happens next\n${second}\nThe lifeboat station at dawn\nA smaller pier\n${third}\n${fourth}`
    const article = parseArticle(input)
    expect(article.headline?.text).toBe('Seatown votes to close its old pier')
    expect(article.boilerplate.map((block) => block.text)).toContain('The lifeboat station at dawn')
    expect(article.sections.map((section) => section.heading?.text)).toEqual([undefined, 'What happens next', 'A smaller pier'])
  })

  it.each([
    // A bracketed credit alone between paragraphs: a photo printed without words.
    ['(Image: Jane Doe/Seatown Gazette)', [['(Image: Jane Doe/Seatown Gazette)', 'Image: Jane Doe/Seatown Gazette']], []],
    // The same credit under a caption belongs to that caption and is no caption itself.
    ['The old pier at dawn\n\n(Image: Jane Doe/Seatown Gazette)', [['The old pier at dawn', undefined]], ['(Image: Jane Doe/Seatown Gazette)']],
    // A credit without brackets alone stays page furniture.
    ['Image: Jane Doe/Seatown Gazette', [], ['Image: Jane Doe/Seatown Gazette']]
  ])('reads %j between paragraphs', (lines, captions, boilerplate) => {
    const input = `Seatown votes to close its old pier\n\n${lead}\n\n${second}\n\n${lines}\n\n${third}\n\n${fourth}`
    const article = parseArticle(input)
    expect(article.captions.map((caption) => [caption.text, caption.credit])).toEqual(captions)
    expect(article.boilerplate.map((block) => block.text)).toEqual(boilerplate)
    expect(paragraphs(article)).toEqual([lead, second, third, fourth])
    expectSlices(input, article)
  })

  it.each([
    // An archive photo's caption after the dek, though it ends like a sentence.
    ['Ann Holt speaks at a harbour rally in Seatown in May 2019. She has led the council since 2021.', true],
    // A lead that opens on a scene in the present, undated, is the body's first paragraph.
    ['Ann Holt walks the length of the old pier at Seatown every morning, counting the broken planks as she goes.', false]
  ])('after the dek, %j is the cover caption: %j', (line, caption) => {
    const input = `Seatown votes to close its old pier\n\nA decade of debate ends with a vote on Monday night\n\n${line}\n\n${lead}\n\n${second}\n\n${third}`
    const article = parseArticle(input)
    expect(article.captions.map((found) => found.text)).toEqual(caption ? [line] : [])
    expect(paragraphs(article)).toEqual(caption ? [lead, second, third] : [line, lead, second, third])
  })

  /** The lines under a whole page's story. */
  const pageFooter = ['Contact us', 'Privacy policy', 'Terms of use', '© 2024 Seatown Gazette']

  it.each([
    // A long line in capitals inside a page's body: a link to another story.
    ['LIFEBOAT CREW RESCUES TWO SWIMMERS OFF THE POINT IN HEAVY SEAS', 'boilerplate'],
    // A short label in capitals: the story's own heading.
    ['WHAT HAPPENS NEXT', 'heading']
  ])('on a whole page reads %j as %s', (line, kind) => {
    const input = [
      'Skip to content',
      'Home',
      'News',
      'Sport',
      'Seatown votes to close its old pier',
      'By Jane Doe',
      lead,
      second,
      line,
      third,
      fourth,
      'Related',
      'Lifeboat crew rescues two swimmers off the point',
      ...pageFooter
    ].join('\n')
    const article = parseArticle(input)
    const headings = article.sections.flatMap((section) => (section.heading ? [section.heading.text] : []))
    const boilerplate = article.boilerplate.map((block) => block.text)
    expect(kind === 'heading' ? headings : boilerplate).toContain(line)
    expect(kind === 'heading' ? boilerplate : headings).not.toContain(line)
    expect(paragraphs(article)).toEqual([lead, second, third, fourth])
  })

  it.each<[name: string, intro: string, items: string[], kept: boolean, introKept: boolean]>([
    // A sentence ending with a colon introduces the story's own list.
    ['a list a sentence introduces', 'The council gave four reasons for closing the pier:', ['Rotten timber', 'Rising repair costs', 'Storm damage in March', 'A lack of visitors', 'No builder would bid'], true, true],
    // Prices and hashtags are prose, not program code.
    ['a list of prices a sentence introduces', 'The council spent the money on these:', ['$4m on new timber', '$2m on a sea wall', 'Repairs to the cafe', 'A new lifeboat ramp', 'Lighting on the pier'], true, true],
    ['a list of hashtags a sentence introduces', 'Readers shared their memories of the pier under these tags:', ['#SeatownPier', '#SavePier', 'Memories of summer', 'Fishing at dawn', 'The old cafe'], true, true],
    // A short label ending with a colon heads a widget (a label no other rule takes for furniture).
    ['a widget under a label', 'More on this:', ['Ferry fares rise', 'Lifeboat crew thanked', 'Mayor re-elected', 'Storm hits coast', 'Pier cafe closes'], false, false],
    // Program code after such a sentence is no list of prose, nor is a shell prompt.
    ['code a sentence introduces', 'The pier sensors run this small program on each reading:', ['int main() {', 'read_sensor();', 'return 0;', '}', '$ make pier'], false, true],
    ['shell lines a sentence introduces', 'The pier sensors are set up with these few commands:', ['$ cd pier', '$ make sensors', '# wait a minute', '$ make install', '$ reboot now'], false, true],
    // So is a table printed one cell a line, half of its lines or more holding a figure.
    ['a table a sentence introduces', 'The ferry carried this many passengers in each of the last years:', ['Year', 'Passengers', '2021', '30,100', '2022', '12,800'], false, true]
  ])('on a whole page reads %s', (_name, intro, items, kept, introKept) => {
    // Long paragraphs on both sides, so that the densest run of prose spans the list.
    const [one, two, three, four] = [`${lead} ${second}`, `${third} ${fourth}`, `${fifth} ${second}`, `${fourth} ${third}`]
    const input = ['Skip to content', 'Home', 'News', 'Seatown votes to close its old pier', 'By Jane Doe', one, two, intro, ...items, three, four, 'Related', ...pageFooter].join('\n')
    const article = parseArticle(input)
    const boilerplate = article.boilerplate.map((block) => block.text)
    expect(paragraphs(article)).toEqual([one, two, ...(kept ? [intro, ...items] : introKept ? [intro] : []), three, four])
    for (const item of items) expect(boilerplate.includes(item)).toBe(!kept)
  })

  it('reads a heading whose paragraph follows past a line of page furniture', () => {
    const input = [
      'Skip to content',
      'Home',
      'News',
      'Seatown votes to close its old pier',
      'By Jane Doe',
      lead,
      second,
      'What happens next',
      'Advertisement',
      third,
      fourth,
      'Related',
      ...pageFooter
    ].join('\n')
    const article = parseArticle(input)
    expect(article.sections.map((section) => section.heading?.text)).toEqual([undefined, 'What happens next'])
    expect(paragraphs(article)).toEqual([lead, second, third, fourth])
  })

  it.each<[closing: string, contributors: string[]]>([
    ['Reporting by Jane Doe; Editing by John Roe', ['Jane Doe', 'John Roe']],
    ['Reporting by Jane Doe in Seatown, writing by Ann Poe, Editing by John Roe', ['Jane Doe', 'Ann Poe', 'John Roe']],
    ['Some information for this report came from Harbour Wire.', ['Harbour Wire']],
    ['Information from Harbour Wire was used in this report.', ['Harbour Wire']],
    ['With files from Harbour Wire', ['Harbour Wire']]
  ])('reads the wire closing line %j as the credit, keeping the byline above', (closing, contributors) => {
    const input = ['Seatown votes to close its old pier', 'By Ann Poe', lead, second, third, closing].join('\n\n')
    const article = parseArticle(input)
    expect(article.byline?.text).toBe('By Ann Poe')
    expect(article.credits.map((credit) => [credit.text, credit.contributors])).toEqual([[closing, contributors]])
    expect(paragraphs(article)).toEqual([lead, second, third])
    expectSlices(input, article)
  })

  it('reads "Reporting by …" at the top as the byline, when no story came before it', () => {
    const input = ['Seatown votes to close its old pier', 'Reporting by Jane Doe', lead, second].join('\n\n')
    const article = parseArticle(input)
    expect(article.byline?.authors).toEqual(['Jane Doe'])
    expect(article.credits).toEqual([])
  })
})
