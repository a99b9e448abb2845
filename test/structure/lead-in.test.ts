import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'

// The wire lead-in: headline, dek, byline, then a paragraph opening with a dateline. Invented examples.
const leadIns = [
  {
    name: 'a dek that ends with a full stop',
    text: [
      'Harbour council votes to rebuild the old pier',
      'The vote ends two years of dispute over the crumbling structure at the mouth of the bay.',
      'By Jane Doe',
      'PORT ELLEN, Scotland (AP) — The harbour council voted on Tuesday to rebuild the old stone pier at a cost of four million pounds, ending a dispute that had split the town.',
      'Council leader Ann Holt said the work would begin in the spring and take two years to finish.',
      '“We have waited long enough,” Holt said after the vote.'
    ],
    dek: 'The vote ends two years of dispute over the crumbling structure at the mouth of the bay.',
    dateline: 'PORT ELLEN, Scotland (AP) —'
  },
  {
    name: 'a dek without a full stop',
    text: [
      'Ferry returns to the island after a winter in dry dock',
      'Operator promises a second boat on the route by the autumn',
      'By John Roe and Mary Major',
      'OBAN, Scotland (Reuters) - The island ferry returned to service on Monday after four months in dry dock, and its first crossing was full, the operator said.',
      'The operator said the timetable would stay as it was until the autumn, when a second boat joins the route.',
      'Islanders had complained for years about crossings cancelled at short notice.'
    ],
    dek: 'Operator promises a second boat on the route by the autumn',
    dateline: 'OBAN, Scotland (Reuters) -'
  }
]

describe('the wire lead-in', () => {
  it.each(leadIns)('$name: headline, dek, byline and the dateline all found', ({text, dek, dateline}) => {
    const article = parseArticle(text.join('\n\n'))
    expect(article.headline?.text).toBe(text[0])
    expect(article.dek?.text).toBe(dek)
    expect(article.byline?.text).toBe(text[2])
    expect(article.dateline?.text).toBe(dateline)
    expect(article.sections.flatMap((section) => section.paragraphs)).toHaveLength(3)
  })
})

// A stamp under the headline (a name, a full date or a clock time) is furniture, not the dek, and the line after it
// is no cover caption. Invented examples, in a whole page's rendering (menus above the headline).
const stamps = [
  {name: 'an author and a date', stamp: 'Jane Doe March 9, 2017 13'},
  {name: 'a date and a reading time', stamp: 'Oct 18, 2019 · 8 min read'},
  {name: 'a clock time', stamp: 'Updated at 10:42 AM by the news desk'}
]

describe('a stamp under the headline', () => {
  it.each(stamps)('$name is no dek', ({stamp}) => {
    const text = [
      'Home',
      'News',
      'Sport',
      'Harbour council votes to rebuild the old pier',
      stamp,
      'Work on the pier begins in spring',
      'The harbour council voted on Tuesday to rebuild the old stone pier at a cost of four million pounds, ending a dispute that had split the town.',
      'Council leader Ann Holt said the work would begin in the spring and take two years to finish.',
      '“We have waited long enough,” Holt said after the vote.'
    ].join('\n')
    const article = parseArticle(text)
    expect(article.headline?.text).toBe('Harbour council votes to rebuild the old pier')
    expect(article.dek?.text).not.toBe(stamp)
    expect(article.captions.map((caption) => caption.text)).not.toContain('Work on the pier begins in spring')
    expect(article.sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text))).not.toContain(stamp)
  })
})
