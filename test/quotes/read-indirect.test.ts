import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'

/** Each quote as `kind|speaker|cue|words`. */
function read(text: string): string[] {
  return parseArticle(text).quotes.map((quote) => {
    const at = quote.attribution
    return [quote.kind, at?.speaker.name ?? '-', at?.cue?.text ?? '-', quote.text].join('|')
  })
}

const headline = 'Council Votes on New Bridge Plan\n\n'

/** One table: each row's body paragraph, under the headline, gives the row's quotes. */
function readsAs(name: string, rows: [string, string[]][]): void {
  describe(`readIndirect: ${name}`, () => {
    it.each(rows)('%s', (body, expected) => {
      expect(read(headline + body)).toEqual(expected)
    })
  })
}

// Rows of [body paragraph, expected quotes]; every sentence is invented for the test.
const participles: [string, string[]][] = [
  // A gerund after a comma reports the words of the sentence's subject.
  ['Tom Reyes opposed the bridge, saying it would cost too much.', ['indirect|Tom Reyes|saying|it would cost too much']],
  // A gerund after a conjunction reports the subject's words too, and ends the words of the cue before it.
  [
    'Tom Reyes said the toll was fair to drivers but warning that the bridge needed a second lane.',
    ['indirect|Tom Reyes|said|the toll was fair to drivers', 'indirect|Tom Reyes|warning|the bridge needed a second lane']
  ],
  // A leading time ("Hours later,") is not the subject.
  ['Hours later, Tom Reyes opposed the bridge, saying it would cost too much.', ['indirect|Tom Reyes|saying|it would cost too much']],
  ['OAKVILLE, Ont. — Ana Pereira toured the site, arguing the bridge was overdue.', ['indirect|Ana Pereira|arguing|the bridge was overdue']],
  // A weak cue with its own object after a quote that ended its sentence opens a new statement.
  [
    'Tom Reyes wrote: “The plan is rushed.” Reyes also criticized the mayor.',
    ['direct|Tom Reyes|wrote|The plan is rushed.', 'indirect|Tom Reyes|criticized|the mayor']
  ],
  // Reported words at the start of the sentence begin past its dateline.
  ['OAKVILLE, Ont. — The old bridge will close in May, the city council said.', ['indirect|city council|said|The old bridge will close in May']],
  // Not after a comma, or with no clause after it: nothing reported.
  ['Tom Reyes left the meeting without saying a word.', []],
  ['Tom Reyes left the meeting, saying goodbye.', []],
  // A weak gerund after a comma reports its object when the verb takes its topic as object ("calling for …").
  ['Tom Reyes wrote to the board, calling for a new vote on the plan.', ['indirect|Tom Reyes|calling|a new vote on the plan']],
  // … but not when the topic is not its object.
  ['Tom Reyes wrote to the board, calling on Monday.', []],
  // `said A, insisting B`: two statements, not one.
  [
    'Tom Reyes said the city would keep its budget, insisting the bridge would not cost more.',
    ['indirect|Tom Reyes|said|the city would keep its budget', 'indirect|Tom Reyes|insisting|the bridge would not cost more']
  ]
]

readsAs('participles', participles)

const thatClauses: [string, string[]][] = [
  // The reporting "that" follows the cue directly or past a time or setting phrase.
  ['Tom Reyes said on Monday that the bridge would cost too much.', ['indirect|Tom Reyes|said|the bridge would cost too much']],
  ['Tom Reyes told reporters in a phone call early Tuesday that the vote was set.', ['indirect|Tom Reyes|told|the vote was set']],
  ['Ana Pereira has said for years that the ferry is too slow.', ['indirect|Ana Pereira|said|the ferry is too slow']],
  // A "that" past a noun belongs to the reported words.
  ['Tom Reyes said the plan funds groups that oppose the bridge.', ['indirect|Tom Reyes|said|the plan funds groups that oppose the bridge']],
  // A "that" past a clause of the verb's own is not reported speech by a weak cue.
  ['Ana Pereira reminded the board it was her office that paid for the ferry dock.', []]
]

const addressees: [string, string[]][] = [
  // An object pronoun is the whole addressee: the reported words start after it, and a sentence may end with it.
  ['Ana Pereira told them the pier will close in May.', ['indirect|Ana Pereira|told|the pier will close in May']],
  ['The pier will close in May, Ana Pereira told him.', ['indirect|Ana Pereira|told|The pier will close in May']],
  // "told them apart" tells nothing.
  ['Tom Reyes told them apart by their hats.', []],
  // A word that keeps going after such an object opens a clause: that is reported speech.
  ['Ana Pereira told reporters apart from the levy, the budget is balanced.', ['indirect|Ana Pereira|told|apart from the levy, the budget is balanced']],
  ['Tom Reyes said no decision had been made on the pier.', ['indirect|Tom Reyes|said|no decision had been made on the pier']],
  ['Tom Reyes said no to the pier and left.', []],
  ['Ana Pereira said goodbye and thanked the crew.', []],
  // "panel", "host" and "board" are audiences, as "reporters" is.
  ['The pier will close in May, Ana Pereira told a Harbour Board panel on Monday.', ['indirect|Ana Pereira|told|The pier will close in May']],
  ['Ana Pereira told host Tom Reyes the pier will close in May.', ['indirect|Ana Pereira|told|the pier will close in May']],
  // Lower-case words before an audience noun modify it, and "of" joins a second audience noun: the whole phrase is the addressee.
  ['Ana Pereira told a news conference that the pier will close in May.', ['indirect|Ana Pereira|told|the pier will close in May']],
  ['Tom Reyes told a town hall meeting the pier will close in May.', ['indirect|Tom Reyes|told|the pier will close in May']],
  ['Ana Pereira told a crowd of supporters in Lakeview that the pier will close in May.', ['indirect|Ana Pereira|told|the pier will close in May']],
  // Lower-case words that no audience noun follows are no addressee.
  ['Tom Reyes told the old story that the pier will close in May.', ['indirect|Tom Reyes|told|the old story that the pier will close in May']]
]

const describedSpeakers: [string, string[]][] = [
  // "aide" and "source" head a description of a person, after a name as after a plain noun.
  ['The pier will close in May, a senior Harbour Party aide said.', ['indirect|senior Harbour Party aide|said|The pier will close in May']],
  ['One Harbour Board source said the pier will close in May.', ['indirect|One Harbour Board source|said|the pier will close in May']],
  // The same heads end a speaker named after an inverted cue.
  ['The pier will close in May, said a senior campaign source.', ['indirect|senior campaign source|said|The pier will close in May']],
  ['The pier will close in May, said a former aide.', ['indirect|former aide|said|The pier will close in May']],
  // A capitalised "Source" inside a name is part of the name, not a title that cuts it.
  ['The Open Source Initiative said the licence was valid.', ['indirect|Open Source Initiative|said|the licence was valid']],
  ['A spokesperson for Clear Source Water said the supply was safe.', ['indirect|spokesperson for Clear Source Water|said|the supply was safe']]
]

readsAs('"aide" and "source" as heads', describedSpeakers)

readsAs('the addressee after "told"', addressees)

readsAs('which "that" opens the reported words', thatClauses)

const namings: [string, string[]][] = [
  // `called it …`: the speaker's verdict is reported.
  ['Residents called it a stopgap that will not fix the roads.', ['indirect|Residents|called|a stopgap that will not fix the roads']],
  // Idioms and phrasal uses are not.
  ['Tom Reyes called it a day after the vote.', []],
  ['Tom Reyes called it off on Monday after the vote.', []],
  ['Tom Reyes called them on Monday to discuss the vote.', []],
  // A reflexive, a name or a described object before the verdict.
  ['Ana Pereira calls herself a moderate at heart.', ['indirect|Ana Pereira|calls|a moderate at heart']],
  ['Tom Reyes called Ana Pereira a reckless spender.', ['indirect|Tom Reyes|called|a reckless spender']],
  ['Ana Pereira called the plan a gift to developers.', ['indirect|Ana Pereira|called|a gift to developers']],
  // After a comma the gerund names too, up to a second verb phrase.
  ['Ana Pereira opposed the toll, calling the plan a gift to developers and vowing to fight it.', ['indirect|Ana Pereira|calling|a gift to developers']],
  // A described object needs an article after it; a time or a preposition is no verdict.
  ['Ana Pereira called the meeting to order.', []],
  ['Tom Reyes called the harbour office an hour later.', []],
  ['Tom Reyes called Harbour Rail on Monday.', []],
  // A verdict of a word or two that ends the clause ("calling Reyes a liar", "calls her unqualified").
  ['Ana Pereira called Tom Reyes unqualified.', ['indirect|Ana Pereira|called|unqualified']],
  ['Ana Pereira left the hall, calling them cowards.', ['indirect|Ana Pereira|calling|cowards']],
  ['Ana Pereira fought the toll and called Tom Reyes a liar.', ['indirect|Ana Pereira|called|a liar']],
  ['Ana Pereira opposed the toll, greeting the crowd and calling Tom Reyes a coward.', ['indirect|Ana Pereira|calling|a coward']],
  ['Tom Reyes called her again.', []],
  ['Tom Reyes called Ana Pereira twice.', []],
  ['Tom Reyes called them back.', []],
  ['Tom Reyes called Ana Pereira yesterday.', []],
  ['Tom Reyes called Ana Pereira directly.', []],
  ['Tom Reyes called it a “gamble.”', ['partial|Tom Reyes|called|gamble.']]
]

readsAs('naming complements', namings)

const conjuncts: [string, string[]][] = [
  // `said “A,” and B “C”`: the first quotation stands alone, the conjunct after it is reported.
  [
    'Ana Pereira said “the vote was rushed,” and the council’s plan “hurts the east ward.”',
    ['partial|Ana Pereira|said|the vote was rushed,', 'indirect|Ana Pereira|said|the council’s plan “hurts the east ward.”', 'partial|Ana Pereira|said|hurts the east ward.']
  ]
]

readsAs('a conjunct after a quotation', conjuncts)

const relatives: [string, string[]][] = [
  // `what X said`, `which X concluded`: the thing said is the relative word, not the words after the cue.
  ['Some remarks, such as what she said about the bus, do not point to any plan for the town.', []],
  ['Tom Reyes stood by what he had said on Monday.', []],
  ['Tom Reyes took back what he said.', []],
  // … but a clause after the cue that lacks its subject or object is what the speaker said of it ("which … would cost more").
  ['The council looked at the tunnel, which a city study concluded would cost twice as much as the bridge.', ['indirect|city study|concluded|would cost twice as much as the bridge']],
  ['Ana Pereira spoke on Monday. She backed the new toll, which she said would cut traffic by half.', ['indirect|Ana Pereira|said|would cut traffic by half']],
  ['The toll, which Ana Pereira said was unfair, will end in May.', ['indirect|Ana Pereira|said|was unfair']],
  ['Tom Reyes came home in May. He pointed to what he called a shortage of ferry crews.', ['indirect|Tom Reyes|called|a shortage of ferry crews']],
  ['Tom Reyes came home in May. He toured the port, which he described as the heart of the town.', ['indirect|Tom Reyes|described|as the heart of the town']],
  // Inside a clause that only mentions the speaker, the cue still reports.
  ['The plan, Tom Reyes said, would cost twice as much as the bridge.', ['indirect|Tom Reyes|said|The plan', 'indirect|Tom Reyes|said|would cost twice as much as the bridge']]
]

readsAs('the thing said is a relative word', relatives)

const asides: [string, string[]][] = [
  // After an inserted attribution, a concessive or relative clause is the reporter's aside.
  ['The bridge is far too costly for the town, Tom Reyes said, though he named no other plan.', ['indirect|Tom Reyes|said|The bridge is far too costly for the town']],
  ['The ferry will stop running in May, officials said, and as the bridge opens the dock will close.', ['indirect|officials|said|The ferry will stop running in May']],
  // A short subject before an inserted attribution is reported too when the words after it open with an auxiliary.
  ['Buses, Tom Reyes says, have no room for bikes.', ['indirect|Tom Reyes|says|Buses', 'indirect|Tom Reyes|says|have no room for bikes']],
  ['Instead, Tom Reyes says, the buses need more room.', ['indirect|Tom Reyes|says|the buses need more room']],
  // Otherwise what follows is more of what was said.
  ['The bridge is far too costly, Tom Reyes said, and the council must look again.', ['indirect|Tom Reyes|said|The bridge is far too costly', 'indirect|Tom Reyes|said|and the council must look again']]
]

readsAs('the reporter\'s aside after an inserted attribution', asides)

const weakCues: [string, string[]][] = [
  // A weak cue reports a clause that opens with a subject pronoun.
  ['Bus riders report they wait an hour for the night bus.', ['indirect|Bus riders|report|they wait an hour for the night bus']],
  ['Tom Reyes recalled he had voted against the bridge twice.', ['indirect|Tom Reyes|recalled|he had voted against the bridge twice']],
  // Not a noun object (unless the verb takes its topic as object: "recalled", see speech-object.test.ts), and not "it" (`found it useful`).
  ['Tom Reyes found the old ferry and its long line of cars.', []],
  ['Bus riders found it useful to plan trips a day ahead.', []],
  // "maintain" keeps a lead or a pace as often as it asserts: only "that" or a pronoun clause makes it speech.
  ['The Harbour Party maintained a wide lead in the polls.', []],
  ['Tom Reyes maintained that the vote was rushed.', ['indirect|Tom Reyes|maintained|the vote was rushed']],
  ['Tom Reyes maintains he did nothing wrong.', ['indirect|Tom Reyes|maintains|he did nothing wrong']],
  // "reiterate" and "repeat" report a "that" clause or a pronoun clause.
  ['Ana Pereira reiterated that the pier will close in May.', ['indirect|Ana Pereira|reiterated|the pier will close in May']],
  ['Tom Reyes repeats he did nothing wrong.', ['indirect|Tom Reyes|repeats|he did nothing wrong']]
]

readsAs('weak cues before a pronoun subject', weakCues)

const modalCues: [string, string[]][] = [
  // A modal cue with no "that" reports nothing said yet.
  ['Drivers could still write letters to the council during the works.', []],
  ['Tom Reyes will tell the council the plan is too costly.', []],
  // With "that", it does (`would later say that …`).
  ['Tom Reyes would later say that the vote was rushed.', ['indirect|Tom Reyes|say|the vote was rushed']]
]

readsAs('modal cues', modalCues)

const requests: [string, string[]][] = [
  // `asked X, <appositive>, to …`: the request is reported past the addressee's description.
  [
    'In July, the Linden Transit Board asked Ana Pereira, a former judge who led the ferry inquiry, to look into the bridge costs.',
    ['indirect|Linden Transit Board|asked|to look into the bridge costs']
  ],
  // No "to" after the description: nothing reported by the weak cue.
  ['In July, the Linden Transit Board asked Ana Pereira, a former judge, about the bridge costs.', []],
  // "to" before a verb opens the request, even when a medium word follows ("to call", "to report").
  ['The harbour board told residents to call the ferry hotline before noon.', ['indirect|harbour board|told|to call the ferry hotline before noon']],
  ['Ana Pereira urged Tom Reyes to report the leak to the harbour board.', ['indirect|Ana Pereira|urged|to report the leak to the harbour board']],
  // "to" before a determiner or a name is still a medium or place: "told to the newsletter".
  ['Tom Reyes said in a statement to the Valley Ledger that the pier was unsafe.', ['indirect|Tom Reyes|said|the pier was unsafe']]
]

readsAs('requests past an appositive', requests)

const relativeSubjects: [string, string[]][] = [
  // A relative pronoun's cue reports the words of the noun before it; set off by commas, the words end at the closing comma.
  ['Ana Pereira, who said the pier was unsafe, closed it on Monday.', ['indirect|Ana Pereira|said|the pier was unsafe']],
  ['The petition was signed by tenants who say the heat has been off for weeks.', ['indirect|tenants|say|the heat has been off for weeks']]
]

readsAs('relative subjects', relativeSubjects)

const verdictsBeforeReports: [string, string[]][] = [
  // A verdict quoted to its full stop ends the sentence: the next name's report is a statement of its own.
  [
    'Tom Reyes called it a “reckless plan.” Ana Pereira said the council would vote on Tuesday.',
    ['partial|Tom Reyes|called|reckless plan.', 'indirect|Ana Pereira|said|the council would vote on Tuesday']
  ]
]

readsAs('a verdict quoted to its full stop', verdictsBeforeReports)

const accordingToCounts: [string, string[]][] = [
  // "according to" a count, poll or report with what qualifies it: the whole phrase is the source.
  ['Rents rose by a third last year, according to a count by the county.', ['indirect|count by the county|according to|Rents rose by a third last year']],
  ['According to exit polls, most voters backed the levy on Tuesday.', ['indirect|exit polls|According to|most voters backed the levy on Tuesday']],
  // An -ly adverb before the cue stands between the speaker and the cue; after a determiner the word is a noun.
  ['Tom Reyes defiantly told the board that the pier would stay shut.', ['indirect|Tom Reyes|told|the pier would stay shut']],
  ['Ana Pereira has repeatedly and publicly argued that the levy is unfair.', ['indirect|Ana Pereira|argued|the levy is unfair']],
  ['Ana Pereira implicitly criticizes the harbour board.', ['indirect|Ana Pereira|criticizes|the harbour board']],
  ['The rally denounced the levy on Monday.', ['indirect|rally|denounced|the levy on Monday']],
  // A relative clause about the source, between commas, is not what the source said.
  [
    'According to Lena Park, who chairs the finance committee, the extra money will come from the regional budget.',
    ['indirect|Lena Park|According to|the extra money will come from the regional budget']
  ],
  [
    'According to the harbour trust, which owns the quay, the repairs will take two more years.',
    ['indirect|harbour trust|According to|the repairs will take two more years']
  ],
  // The rest of the source's phrase up to its comma (a preposition or a participle after the source) is not content
  // (the poll's organisation, named in full, is the source).
  [
    'According to a poll by the Harbour Trust, most residents back the new ferry.',
    ['indirect|Harbour Trust|According to|most residents back the new ferry']
  ],
  [
    'According to a survey conducted for the Gazette, most readers want a longer season.',
    ['indirect|survey|According to|most readers want a longer season']
  ]
]

readsAs('according to a count or poll', accordingToCounts)

const surveyed: [string, string[]][] = [
  // A proportion of people, or a group with a survey's participle, before the cue.
  ['Nearly three in five said they would vote for the levy.', ['indirect|Nearly three in five|said|they would vote for the levy']],
  ['Some 56 percent of renters polled said they were less likely to vote.', ['indirect|Some 56 percent of renters|said|they were less likely to vote']]
]

readsAs('surveyed groups', surveyed)

const colons: [string, string[]][] = [
  // A cue before a colon: the reported words start past it.
  ['Tom Reyes explained: the plan is dead and the vote is off.', ['indirect|Tom Reyes|explained|the plan is dead and the vote is off']],
  // A speaker, a colon and the statement, once the article names the speaker in full.
  ['Tom Reyes spoke on Monday.\n\nReyes: the plan is dead and the vote is off.', ['indirect|Tom Reyes|:|the plan is dead and the vote is off']]
]

readsAs('colons', colons)

const taggedAppositives: [string, string[]][] = [
  // A party tag, then an appositive: the name stands before the tag.
  ['Rep. Ana Lee (D-Ore.), ranking member of the harbour committee, said she backs the compromise.', ['indirect|Ana Lee|said|she backs the compromise']]
]

readsAs('a party tag before an appositive', taggedAppositives)

const progressives: [string, string[]][] = [
  // "is predicting that …": the auxiliary is part of the cue, the subject before it the speaker.
  ['Ana Pereira is predicting that she will win the primary.', ['indirect|Ana Pereira|is predicting|she will win the primary']],
  ['The plan is saving money for the harbour.', []]
]

readsAs('progressives', progressives)

const participlesAfterAttribution: [string, string[]][] = [
  // A participle right after an attribution speaks with its speaker, under its own cue.
  [
    '“The dock is unsafe,” Tom Reyes said, noting that the repairs were late.',
    ['direct|Tom Reyes|said|The dock is unsafe,', 'indirect|Tom Reyes|noting|the repairs were late']
  ],
  [
    '“The dock is unsafe,” said Ana Pereira, the harbour master, adding that the repairs were late.',
    ['direct|Ana Pereira|said|The dock is unsafe,', 'indirect|Ana Pereira|adding|the repairs were late']
  ],
  // … not the sentence's subject.
  [
    'The board met on Monday, Tom Reyes said, adding that the repairs were late.',
    ['indirect|Tom Reyes|said|The board met on Monday', 'indirect|Tom Reyes|adding|the repairs were late']
  ],
  // The words before "…, X said, adding “…”" are reported too; the quotation after it stands alone.
  [
    'The two mayors will meet next month, Tom Reyes said, adding, “They need to settle the ferry fares.”',
    ['indirect|Tom Reyes|said|The two mayors will meet next month', 'direct|Tom Reyes|said|They need to settle the ferry fares.']
  ],
  // A quotation before the attribution is not reported a second time.
  ['“We will meet,” Tom Reyes said, adding, “The fares come first.”', ['direct|Tom Reyes|said|We will meet,', 'direct|Tom Reyes|said|The fares come first.']],
  // With no attribution before the comma, the participle keeps the sentence's subject.
  ['Ana Pereira toured the dock on Monday, noting that the repairs were late.', ['indirect|Ana Pereira|noting|the repairs were late']]
]

readsAs('a participle after an attribution', participlesAfterAttribution)

const coordinatedCues: [string, string[]][] = [
  // A cue in a second verb phrase speaks with the sentence's subject.
  ['The harbour board reported a loss, and said it would raise the ferry fares.', ['indirect|harbour board|said|it would raise the ferry fares']],
  ['Ana Pereira has disputed both claims, but says that she would vote the same way again.', ['indirect|Ana Pereira|says|she would vote the same way again']],
  // … past a clause of the first phrase, whose subject is not the speaker.
  ['Tom Reyes rejected the idea that the pier was unsafe and said that the repairs were on time.', ['indirect|Tom Reyes|said|the repairs were on time']],
  // A conjunction before a subject of its own leaves that subject the speaker.
  ['The ferry was late, and Tom Reyes said the repairs were to blame.', ['indirect|Tom Reyes|said|the repairs were to blame']]
]

readsAs('a cue in a second verb phrase', coordinatedCues)

const interruptedSubjects: [string, string[]][] = [
  // An aside between dashes stands between the subject and the cue.
  ['Many riders at the meeting — including students and nurses — said the fare rise is unfair.', ['indirect|Many riders|said|the fare rise is unfair']],
  ['The harbour master -- who has run the port for years -- said she regretted the delay.', ['indirect|harbour master|said|she regretted the delay']],
  // A described subject followed only by a relative or participial aside is the speaker.
  ['The harbour master Ana Pereira, who backed the mayor in 2012, said that she supports the plan.', ['indirect|Ana Pereira|said|she supports the plan']],
  ['The port’s newsletter, written by a retired pilot, said the pier will reopen in June.', ['indirect|port’s newsletter|said|the pier will reopen in June']],
  // The words before the attribution are still the reported clause when the subject comes after them.
  ['The vote was close, the harbour master, who ran the port, said.', ['indirect|harbour master|said|The vote was close']]
]

readsAs('interrupted subjects', interruptedSubjects)

const afterFragments: [string, string[]][] = [
  // A short fragment before the cue takes the cue as its own, and the clause after the cue is reported too.
  [
    'Citing “other plans,” the mayor’s spokeswoman told reporters that the mayor will skip the parade.',
    ['partial|mayor’s spokeswoman|told|other plans,', 'indirect|mayor’s spokeswoman|told|the mayor will skip the parade']
  ],
  // The words before the attribution are not reported a second time, and an adjunct after the cue is no clause.
  ['The plan is “reckless,” Ana Pereira said.', ['partial|Ana Pereira|said|reckless,']],
  ['The plan is “reckless,” Ana Pereira said on the pier near her office.', ['partial|Ana Pereira|said|reckless,']]
]

readsAs('a clause after a fragment’s cue', afterFragments)

// Rows of [sentence, the addressee's words]: an audience noun with the lower-case words that modify it.
const addresseePhrases: [string, string | undefined][] = [
  ['Ana Pereira told a news conference that the pier will close in May.', 'a news conference'],
  ['Ana Pereira told a crowd of supporters in Lakeview that the pier will close in May.', 'a crowd of supporters'],
  ['Tom Reyes told a campaign rally on Monday that the pier will close in May.', 'a campaign rally'],
  ['Tom Reyes told the old story that the pier will close in May.', undefined]
]

describe('readIndirect: the addressee phrase', () => {
  it.each(addresseePhrases)('%s', (body, expected) => {
    const quote = parseArticle(headline + body).quotes[0]
    expect(quote?.attribution?.addressee?.text).toBe(expected)
  })
})
