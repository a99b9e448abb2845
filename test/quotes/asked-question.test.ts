import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'

/** Each quote as `kind|speaker|cue|words`, and the ruleIds of the article's messages. */
function read(text: string): {quotes: string[]; rules: string[]} {
  const article = parseArticle(`Council Votes on New Bridge Plan\n\n${text}`)
  return {
    quotes: article.quotes.map((quote) => {
      const at = quote.attribution
      return [quote.kind, at?.speaker.name ?? '-', at?.cue?.text ?? '-', quote.text].join('|')
    }),
    rules: article.messages.map((message) => message.ruleId ?? '')
  }
}

// Rows of [body paragraph, expected quotes]; every sentence is invented for the test.
const rows: [string, string[]][] = [
  // A sentence that opens with "Asked"/"When asked" and a question: the question is reported with no speaker.
  ['Asked whether the pier would reopen in May, Ana Pereira said the board had not decided.', ['indirect|-|-|whether the pier would reopen in May', 'indirect|Ana Pereira|said|the board had not decided']],
  ['When asked if the ferry was safe, Ana Pereira laughed.', ['indirect|-|-|if the ferry was safe']],
  // After "about" the question is the object ("about" belongs to the cue).
  ['Asked about the harbour budget, Ana Pereira declined to comment.', ['indirect|-|-|the harbour budget']],
  ['Asked why the fares went up, the mayor shrugged.', ['indirect|-|-|why the fares went up']],
  // After a passive auxiliary the subject is the one asked, not the asker.
  ['Ana Pereira was asked whether the pier would reopen in May.', ['indirect|-|-|whether the pier would reopen in May']],
  ['The mayor has been asked about the harbour budget, and the board met.', ['indirect|-|-|the harbour budget']],
  // A short setting (time, place, manner) may stand between "asked" and the question.
  ['Asked on Monday whether the pier would reopen, Ana Pereira shrugged.', ['indirect|-|-|whether the pier would reopen']],
  ['Asked Tuesday about the harbour budget, Ana Pereira declined to comment.', ['indirect|-|-|the harbour budget']],
  // "when asked" and ", asked" inside the sentence: the one who answers is still not the asker.
  ['Ana Pereira smiled when asked whether the pier would reopen.', ['indirect|-|-|whether the pier would reopen']],
  ['Ana Pereira, asked specifically why the fares went up, blamed fuel.', ['indirect|-|-|why the fares went up']],
  // An object after "asked" makes its subject the asker: "asked her what …" is no question put to an unnamed one.
  ['The mayor called, asked her what the board planned and left.', []],
  ['The mayor called, asked Tom Ruiz what the board planned and left.', []],
  // No question after the cue: a request, not a question ("Asked to comment").
  ['Asked to comment on the budget, Ana Pereira declined.', []],
  // Not at the sentence's start: the asker is the subject, as before.
  ['Ana Pereira asked whether the pier would reopen in May.', ['indirect|Ana Pereira|asked|whether the pier would reopen in May']],
  // Whoever is asked may stand between "asked" and the question, a pronoun or a noun no audience list holds.
  ['Ana Pereira asked the dock workers if they would strike.', ['indirect|Ana Pereira|asked|if they would strike']],
  ['Ana Pereira asked him whether the pier would reopen.', ['indirect|Ana Pereira|asked|whether the pier would reopen']],
  // After "asked by" the asker is named: the question is theirs, whoever answers it.
  ['When asked by a reporter whether the pier would reopen, Ana Pereira shrugged.', ['indirect|reporter|asked|whether the pier would reopen']],
  ['Asked by Tom Ruiz if the ferry was safe, Ana Pereira laughed.', ['indirect|Tom Ruiz|Asked|if the ferry was safe']],
  ['Ana Pereira was asked by the mayor why the fares went up.', ['indirect|mayor|asked|why the fares went up']],
  ['Asked by the mayor about the harbour budget, Ana Pereira declined to comment.', ['indirect|mayor|Asked|the harbour budget']],
  // A longer asker: the noun phrase after "by" ends where the question opens, however many words it has.
  ['Asked by a local radio reporter whether the pier would reopen, Ana Pereira shrugged.', ['indirect|local radio reporter|Asked|whether the pier would reopen']],
  ['When asked by two harbour board members why the fares went up, the mayor shrugged.', ['indirect|two harbour board members|asked|why the fares went up']],
  ['Ana Pereira was asked by the Harbour Rail Workers Union about the new timetable.', ['indirect|Harbour Rail Workers Union|asked|the new timetable']],
  // "by" with no one after it: a manner, not an asker.
  ['Asked by phone whether the pier would reopen, Ana Pereira shrugged.', ['indirect|-|-|whether the pier would reopen']],
  ['Asked by email about the harbour budget, Ana Pereira declined to comment.', ['indirect|-|-|the harbour budget']],
  ['Asked by email whether the pier would reopen, Ana Pereira shrugged.', ['indirect|-|-|whether the pier would reopen']],
  ['Asked by letter why the fares went up, the mayor shrugged.', ['indirect|-|-|why the fares went up']]
]

describe('reported questions and their askers', () => {
  it.each(rows)('%s', (body, expected) => {
    expect(read(body).quotes).toEqual(expected)
  })

  it('notes the reported question as a quote with no speaker', () => {
    expect(read('Asked whether the pier would reopen, Ana Pereira shrugged.').rules).toEqual(['unattributed-quote'])
  })
})
