import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'

/** Each quote as `kind|speaker|cue|addressee|words`. */
function read(text: string): string[] {
  return parseArticle(text).quotes.map((quote) => {
    const at = quote.attribution
    return [quote.kind, at?.speaker.name ?? '-', at?.cue?.text ?? '-', at?.addressee?.text ?? '-', quote.text].join('|')
  })
}

const headline = 'Council Votes on New Bridge Plan\n\n'

// Rows of [body paragraphs, expected quotes]; every sentence is invented for the test.
const rows: [string, string[]][] = [
  ['“We will build it,” Mayor Ana Pereira told reporters.', ['direct|Ana Pereira|told|reporters|We will build it,']],
  ['“It is too costly,” said Tom Reyes, a councillor for the east ward.', ['direct|Tom Reyes|said|-|It is too costly,']],
  ['Ana Pereira said: “The vote is final.”', ['direct|Ana Pereira|said|-|The vote is final.']],
  [
    '“We waited,” Ana Pereira said, “and now we build.”',
    ['direct|Ana Pereira|said|-|We waited,', 'direct|Ana Pereira|said|-|and now we build.']
  ],
  ['Ana Pereira met voters.\n\n“It is final,” Pereira said.', ['direct|Ana Pereira|said|-|It is final,']],
  ['Ana Pereira met voters.\n\n“It is final,” she said.', ['direct|Ana Pereira|said|-|It is final,']],
  // A role set off after a name in a sentence that reports nothing still tells whom "the councillor" is.
  ['Tom Reyes, a Lakeside councillor, met voters.\n\n“It is final,” the councillor said.', ['direct|Tom Reyes|said|-|It is final,']],
  // Named people: an age is no role, and "the mother of two" is a speaker.
  ['Ana Pereira, 54, met voters.\n\n“It is final,” the mother of two said.', ['direct|mother of two|said|-|It is final,']],
  // After an inverted cue, a description no lexicon knows is the speaker.
  ['“It is too late,” said the woman, who lives by the bridge.', ['direct|woman|said|-|It is too late,']],
  // "put it plainly:" cues the statement after its colon.
  ['Mayor Ana Pereira put it plainly: the bridge will be built.', ['indirect|Ana Pereira|put it plainly|-|the bridge will be built']],
  // A naming verb cues the quotation that names: like "called", right before it.
  ['Tom Reyes labelled the plan a “blueprint for disaster.”', ['partial|Tom Reyes|labelled|-|blueprint for disaster.']],
  ['Critics have dubbed the bridge “a road to nowhere.”', ['partial|Critics|dubbed|-|a road to nowhere.']],
  // An adverb between the subject and its cue: the cue still reads its subject.
  ['Ana Pereira has long argued that the bridge is needed.', ['indirect|Ana Pereira|argued|-|the bridge is needed']],
  ['Tom Reyes bluntly suggested that the vote was rigged.', ['indirect|Tom Reyes|suggested|-|the vote was rigged']],
  // "the trust" after "the Harbour Trust": the head of an organisation's name stands for it with "the".
  ['The Harbour Trust met voters.\n\n“It is final,” the trust said.', ['direct|Harbour Trust|said|-|It is final,']],
  ['The city council called the plan “a bold step” on Monday.', ['partial|city council|called|-|a bold step']],
  // A chain of fragments after one cue shares its attribution; a lone scare-quoted term does not.
  [
    'Tom Reyes called it “a bad deal” for the riders “who pay the most for the least.”',
    ['partial|Tom Reyes|called|-|a bad deal', 'partial|Tom Reyes|called|-|who pay the most for the least.']
  ],
  ['Tom Reyes called it “a bad deal,” but the “Save Our Ferry” group stayed quiet.', ['partial|Tom Reyes|called|-|a bad deal,']],
  // A possessive before a verb that is also a noun makes it the noun: "the minister’s claim" is no cue.
  ['The “fully funded” budget is only a third of the minister’s claim.', []],
  ['Tom Reyes said the bridge would cost too much.', ['indirect|Tom Reyes|said|-|the bridge would cost too much']],
  ['Tom Reyes said Monday that the bridge would cost too much.', ['indirect|Tom Reyes|said|-|the bridge would cost too much']],
  ['The bridge would cost too much, Tom Reyes said.', ['indirect|Tom Reyes|said|-|The bridge would cost too much']],
  ['According to Tom Reyes, the bridge would cost too much.', ['indirect|Tom Reyes|According to|-|the bridge would cost too much']],
  [
    'A city report in May counted the cars. It said traffic had doubled since 2010.',
    ['indirect|city report|said|-|traffic had doubled since 2010']
  ],
  // Appositive chains: the name that opens them speaks, the descriptions are roles.
  ['Jim Ellis, Northgate MP, said the bridge would cost too much.', ['indirect|Jim Ellis|said|-|the bridge would cost too much']],
  [
    'Ann Lee, a nurse based in Salem, Ore., and a steward at the union, said the night shift wears out staff.',
    ['indirect|Ann Lee|said|-|the night shift wears out staff']
  ],
  ['The bridge costs less than the board says it does, by most counts.', []],
  // Descriptions stand for the source named before them.
  ['Harbor Mobile said sales fell this spring.\n\nThe company said the bridge would help its stores.', ['indirect|Harbor Mobile|said|-|sales fell this spring', 'indirect|Harbor Mobile|said|-|the bridge would help its stores']],
  [
    'The Transit Board said in a statement that fares would rise. The statement also said that service would grow.',
    ['indirect|Transit Board|said|-|fares would rise', 'indirect|Transit Board|said|-|service would grow']
  ],
  ['The bridge is a gift to the City of Linden, officials say.\n\n“We are grateful,” the city said.', ['indirect|officials|say|-|The bridge is a gift to the City of Linden', 'direct|City of Linden|said|-|We are grateful,']],
  ['Mayoral candidate Ana Pereira spoke in May.\n\n“We will build it,” the mayor said.', ['direct|Ana Pereira|said|-|We will build it,']],
  // Pronouns: a named person before a described one, and no sentence-opening word taken for a name.
  ['Tom Reyes met voters. A spokesperson said the vote was set.\n\n“It is final,” he said.', ['indirect|spokesperson|said|-|the vote was set', 'direct|Tom Reyes|said|-|It is final,']],
  ['Tom Reyes met voters.\n\nHaving lost twice, the plan was redrawn.\n\n“It is final,” he said.', ['direct|Tom Reyes|said|-|It is final,']],
  ['OAKVILLE, May 2 (Gazette) — Ana Pereira opened the bridge.\n\n“It is done,” she said.', ['direct|Ana Pereira|said|-|It is done,']],
  // A quotation ending in ? or ! ends its sentence; the attribution opens the next one.
  ['“Why now?” Tom Reyes asked before the vote.', ['direct|Tom Reyes|asked|-|Why now?']],
  ['“We won!” said Ana Pereira.', ['direct|Ana Pereira|said|-|We won!']],
  // Not when the next sentence reports a clause of its own.
  ['“Why now?” The mayor conceded that he had no answer.', ['direct|-|-|-|Why now?', 'indirect|mayor|conceded|-|he had no answer']],
  ['“Why now? Who pays?” Ana Pereira, a councillor for the east ward, said in a newsletter.', ['direct|Ana Pereira|said|-|Why now? Who pays?']],
  // A verb that is also a noun is the cue right after a quotation and a name.
  ['“The council ignored the warnings,” Reyes states.', ['direct|Reyes|states|-|The council ignored the warnings,']],
  ['“The council ignored the warnings,” Reyes notes, “and it knew.”', ['direct|Reyes|notes|-|The council ignored the warnings,', 'direct|Reyes|notes|-|and it knew.']],
  // `was quoted as saying`: the subject speaks.
  ['Tom Reyes met voters.\n\n“The plan is reckless,” he was quoted as saying in a press release.', ['direct|Tom Reyes|saying|-|The plan is reckless,']],
  // A weak cue with its speaker between it and the quotation.
  [
    'Instead of more lanes, asks Valley Ledger editor Ana Pereira, “why not run more buses?”',
    ['partial|Ana Pereira|asks|-|why not run more buses?']
  ],
  // A dropped opening mark: the second quote continues the speaker, with no cue of its own.
  [
    '"We will build it," Ana Pereira said. The money is there. We start in May."',
    ['direct|Ana Pereira|said|-|We will build it,', 'direct|Ana Pereira|-|-|The money is there. We start in May.']
  ],
  [
    '“We will build it,” Ana Pereira said.\n\n“The money is there.”',
    ['direct|Ana Pereira|said|-|We will build it,', 'direct|Ana Pereira|-|-|The money is there.']
  ],
  // An appositive subject, then a first verb phrase before the cue's "but": the named subject speaks.
  ['The mayor, Ivo Brand, declined to comment but insisted that “the bridge will open in May.”', ['partial|Ivo Brand|insisted|-|the bridge will open in May.']],
  ['The mayor, Ivo Brand, declined to comment but insisted that the bridge will open in May.', ['indirect|Ivo Brand|insisted|-|the bridge will open in May']]
]

describe('findQuotes through parseArticle', () => {
  it.each(rows)('%s', (body, expected) => {
    expect(read(headline + body)).toEqual(expected)
  })

  it('never throws on odd quotation marks, and every quote slices back', () => {
    const marks = fc.constantFrom('“', '”', '"', '‘', '’', "'", '«', '»', ' ', 'said', 'he', 'Ana Pereira', ',', '.', '\n\n', 'word', 'according to', 'told')
    fc.assert(
      fc.property(fc.array(marks, {maxLength: 60}), (parts) => {
        const text = parts.join(parts.length % 2 === 0 ? ' ' : '')
        const article = parseArticle(text)
        for (const quote of article.quotes) {
          expect(text.slice(quote.position.start.offset, quote.position.end.offset)).toBe(quote.text)
          const at = quote.attribution
          for (const phrase of [at?.cue, at?.addressee, at?.speaker.mention]) {
            if (phrase) expect(text.slice(phrase.position.start.offset, phrase.position.end.offset)).toBe(phrase.text)
          }
        }
      }),
      {numRuns: 300}
    )
  })

  it('reports an unclosed quote and keeps it to its paragraph', () => {
    const article = parseArticle(`${headline}“We will build it, she said.\n\nThe vote is on Monday.`)
    expect(article.messages.map((message) => message.ruleId)).toContain('unclosed-quote')
    expect(article.quotes.every((quote) => !quote.text.includes('Monday'))).toBe(true)
  })
})
