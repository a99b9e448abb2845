import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'

// Rows of [article body (paragraphs apart by blank lines), the start of a quote, its speaker's canonical name].
const rows: [string, string, string | undefined][] = [
  ['Ann Lee stood by the tee.\n\n“Are there prizes?” Lee asked before her swing. “I want one.”', 'Are there', 'Ann Lee'],
  ['Ann Lee stood by the tee.\n\n“Are there prizes?” Lee asked before her swing. “I want one.”', 'I want', 'Ann Lee'],
  ['Markets slid.\n\n“Who folds first? We will see!” Tomas Every, a strategist for Harbour Bank, said in a note.', 'Who folds', 'Tomas Every'],
  ['Mayor Paul Dray spoke late.\n\n“The books shocked me,” he was quoted as saying in the release.', 'The books', 'Paul Dray'],
  ['Trains slow in the cold, according to a report by Lakeside Rail Corp. published in May.\n\nThe report said brakes freeze in deep cold and trains must slow down.', 'brakes freeze', 'Lakeside Rail Corp.'],
  ['Ann Lee lost her father last year.\n\nKara Voss, a student, said the support faded.\n\nFor Ann Lee, Friday is a day she has long awaited. “I am ready,” she said.', 'I am ready', 'Ann Lee'],
  ['Tom Reyes spoke first.\n\nWhen asked what scared him most, the noise or the lights or the crowd, Mulroy did not hesitate. “The lights,” he said.', 'The lights', 'Mulroy'],
  ['Ann Lee spoke at the rally.\n\nThe tents will go up next week. (Kara Voss / Harbour News)\n\n“We need more of them,” she added.', 'We need', 'Ann Lee'],
  ['Senate leader Ann Lee blamed the press for the uproar.\n\n“They cut the video to a few seconds,” the Ohio Democrat said.', 'They cut', 'Ann Lee'],
  ['Harbor Mobile Group said sales fell in the quarter.\n\nMarkets slid.\n\nHarbor said it expects a better year ahead of the launch.', 'it expects', 'Harbor Mobile Group'],
  ['The deal was signed, according to sources familiar with the talks.\n\nThe price was low, according to people close to the buyer.', 'The price', 'sources familiar with the talks'],
  ['Ann Lee and Tom Ortiz met at the park.\n\nBoth Lee and Ortiz have said they were trying to keep the peace in a tense crowd.', 'they were trying', 'Ann Lee and Tom Ortiz'],
  ['Ann Lee and Tom Ortiz met at the park.\n\nLee said she was trying to keep the peace in a tense crowd.', 'she was trying', 'Ann Lee'],
  ['“Snow is a fact of life,” says a document titled Winter Work on Lakeside Rail Corp.’s website.\n\nThe document also said brakes freeze in deep cold and trains must slow down.', 'brakes freeze', 'Lakeside Rail Corp.']
]

describe('speaker names in articles', () => {
  it.each(rows)('%s — %s', (body, quote, expected) => {
    const article = parseArticle(`Headline for a test\n\n${body}`)
    const found = article.quotes.find((entry) => entry.text.startsWith(quote))
    expect(found?.attribution?.speaker.name).toBe(expected)
  })
})
