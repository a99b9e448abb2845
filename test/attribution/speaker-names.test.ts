import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'

// Rows of [article body (paragraphs apart by blank lines), the start of a quote, its speaker's canonical name].
const rows: [string, string, string | undefined][] = [
  ['Ann Lee stood by the dock.\n\n“Is it over?” Lee asked before her dive. “I hope not.”', 'Is it', 'Ann Lee'],
  ['Ann Lee stood by the dock.\n\n“Is it over?” Lee asked before her dive. “I hope not.”', 'I hope', 'Ann Lee'],
  ['Markets slid.\n\n“Who moves first? Time will tell!” Ada Last, a strategist for Harbour Bank, said in a note.', 'Who moves', 'Ada Last'],
  ['Mayor Paul Dray spoke late.\n\n“The numbers worried me,” he was quoted as saying in the release.', 'The numbers', 'Paul Dray'],
  ['Ferries run late in fog, according to a report by Lakeside Marine Corp. published in May.\n\nThe report said radar fails in thick fog and ferries must wait.', 'radar fails', 'Lakeside Marine Corp.'],
  ['Ann Lee moved to the coast last year.\n\nKara Voss, a student, said the rent rose.\n\nFor Ann Lee, Monday is the day she dreads most. “I am tired,” she said.', 'I am tired', 'Ann Lee'],
  ['Tom Reyes spoke first.\n\nWhen asked what he liked best, the food or the music or the people, Okafor smiled. “The music,” he said.', 'The music', 'Okafor'],
  ['Ann Lee spoke at the rally.\n\nThe tents will go up next week. (Kara Voss / Harbour News)\n\n“We need more of them,” she added.', 'We need', 'Ann Lee'],
  ['Senate leader Ann Lee blamed the weather for the delay.\n\n“The roads froze overnight,” the Ohio Democrat said.', 'The roads', 'Ann Lee'],
  ['Harbor Mobile Group said sales fell in the quarter.\n\nMarkets slid.\n\nHarbor said it expects a better year ahead of the launch.', 'it expects', 'Harbor Mobile Group'],
  ['The deal was signed, according to sources familiar with the talks.\n\nThe price was low, according to people close to the buyer.', 'The price', 'sources familiar with the talks'],
  ['Ann Lee and Tom Ortiz met at the park.\n\nBoth Lee and Ortiz have said they only wanted to calm the crowd.', 'they only wanted', 'Ann Lee and Tom Ortiz'],
  ['Ann Lee and Tom Ortiz met at the park.\n\nLee said she only wanted to calm the crowd.', 'she only wanted', 'Ann Lee'],
  ['“Fog is part of the job,” says a document titled Fog Crossings on Lakeside Marine Corp.’s website.\n\nThe document also said radar fails in thick fog and ferries must wait.', 'radar fails', 'Lakeside Marine Corp.']
]

describe('speaker names in articles', () => {
  it.each(rows)('%s — %s', (body, quote, expected) => {
    const article = parseArticle(`Headline for a test\n\n${body}`)
    const found = article.quotes.find((entry) => entry.text.startsWith(quote))
    expect(found?.attribution?.speaker.name).toBe(expected)
  })
})
