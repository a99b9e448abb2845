import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {carriesTimeStamp} from '../../src/structure/carries-time-stamp.js'
import {hasBracketedNameCredit} from '../../src/structure/find-photo-credit.js'
import {countWords} from '../../src/structure/text-shape.js'

describe('carriesTimeStamp', () => {
  it.each([
    ['Ann Holt · March 10, 2017 at 1:26 AM', true],
    ['9/11/13 10:00AM', true],
    ['Ferry timetable for 4 June 2025', true],
    ['Posted at 7:05 pm', true],
    ['What happens next', false],
    ['Ten years of the harbour festival', false],
    ['The pier costs 3.50 pounds to visit', false],
    [`${'word '.repeat(22)}on March 10, 2017`, false]
  ])('%j → %j', (text, expected) => {
    expect(carriesTimeStamp(text, countWords(text))).toBe(expected)
  })
})

describe('hasBracketedNameCredit', () => {
  it.each([
    ['Glass jars on a shelf (Jane Doe)', true],
    ['The pier at dawn (Ann Holt/Port Ellen Times).', true],
    ['Lifting the first stone (Maria de Souza)', true],
    ['(Jane Doe)', false],
    ['He said so (and more)', false],
    ['She was chief of staff to Sen. Ann Holt (D- Mich.).', false],
    ['The council voted on Monday (see below) to close the pier.', false]
  ])('%j → %j', (text, expected) => {
    expect(hasBracketedNameCredit(text)).toBe(expected)
  })
})

const lead =
  'The harbour council voted on Monday night to close the old pier at Seatown for good, ending a decade of debate about repairs.'
const second = 'Fishermen said they had expected the decision for months, but had still hoped the council would find the money.'
const third = 'The mayor said the town would now look for a builder to put up a smaller pier beside the lifeboat station.'
const fourth = 'Engineers will survey the seabed in March before the first stones of the old pier are lifted and numbered.'

describe('rules: captions credited in brackets and stamped lines', () => {
  it('reads a line closed by a photographer’s name in brackets as a caption', () => {
    const caption = 'Boats moored beside the old pier (Jane Doe)'
    const article = parseArticle(['Seatown votes to close its old pier', lead, second, caption, third].join('\n\n'))
    expect(article.captions.map((entry) => entry.text)).toContain(caption)
    expect(article.sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text))).toEqual([lead, second, third])
  })

  it('does not read a heading-shaped line with a date and a time as a heading', () => {
    const stamp = 'Ann Holt · March 10, 2017 at 1:26 AM'
    const article = parseArticle(['Seatown votes to close its old pier', lead, second, 'What happens next', third, stamp, fourth].join('\n\n'))
    const headings = article.sections.flatMap((section) => (section.heading ? [section.heading.text] : []))
    expect(headings).toEqual(['What happens next'])
  })
})

describe('rules: a line ending with a colon introduces what follows', () => {
  it.each([
    ['Council leader Ann Holt waves from the pier in Port Ellen, Scotland', true],
    ['Council leader Ann Holt waves from the pier in Port Ellen, Scotland:', false]
  ])('%j between paragraphs is a caption: %j', (line, caption) => {
    const article = parseArticle(['Seatown votes to close its old pier', lead, second, line, third, fourth].join('\n\n'))
    expect(article.captions.map((entry) => entry.text).includes(line)).toBe(caption)
  })
})
