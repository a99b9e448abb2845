import {describe, expect, it} from 'vitest'
import {classifyMention} from '../../src/attribution/classify-mention.js'
import {documentIssuer} from '../../src/attribution/find-document-issuer.js'
import {tokenize} from '../../src/attribution/tokenize.js'

// Rows of [sentence, the document's words, the issuer's words or undefined].
const rows: [string, string, string | undefined][] = [
  ['A report by the harbour authority details the costs.', 'A report', 'the harbour authority'],
  ['A memo from Lakeside Transit said fares would rise.', 'A memo', 'Lakeside Transit'],
  ['A memo from the provincial health ministry said fares would rise.', 'A memo', 'the provincial health ministry'],
  ['A report by the city released Monday said fares would rise.', 'A report', 'the city'],
  ['Lakeside Transit’s annual report said fares would rise.', 'Lakeside Transit’s annual report', 'Lakeside Transit’s'],
  ['The ministry’s report said fares would rise.', 'The ministry’s report', 'The ministry’s'],
  ['Costs rose, says a document on Lakeside Transit’s website.', 'a document', 'Lakeside Transit’s'],
  ['Costs rose, says a document titled Winter Fares on the ferry operator’s site.', 'a document titled Winter Fares', 'the ferry operator’s'],
  ['A Harbour Authority report said fares would rise.', 'A Harbour Authority report', undefined],
  ['A report in May said fares would rise.', 'A report', undefined],
  ['A report released on Tuesday by the harbour authority details the costs.', 'A report', 'the harbour authority'],
  ['A survey commissioned by Lakeside Transit found fares would rise.', 'A survey', 'Lakeside Transit'],
  ['A memo obtained by Harbour News said fares would rise.', 'A memo', undefined],
  ['A report released on Tuesday said fares set by the board would rise.', 'A report', undefined],
  ['A report said fares would rise. Lakeside Transit’s website agreed.', 'A report', undefined],
  ['Its report said fares would rise.', 'Its report', undefined],
  ['Saturday’s statement said fares would rise.', 'Saturday’s statement', undefined],
  ['Last week’s report said fares would rise.', 'Last week’s report', undefined]
]

const slice = (sentence: string, tokens: ReturnType<typeof tokenize>, range: {first: number; last: number}) => sentence.slice(tokens[range.first]!.start, tokens[range.last - 1]!.end)

describe('documentIssuer', () => {
  it.each(rows)('%s', (sentence, document, expected) => {
    const tokens = tokenize(sentence)
    const first = tokens.findIndex((token) => token.start === sentence.indexOf(document))
    const last = tokens.findIndex((token) => token.end === sentence.indexOf(document) + document.length) + 1
    const head = tokens.slice(first, last).findIndex((token) => ['report', 'memo', 'document', 'survey'].includes(token.lower)) + first
    const found = documentIssuer(tokens, {first, last}, head)
    expect(found && slice(sentence, tokens, found)).toBe(expected)
  })
})

// Rows of [sentence, the document's words, [kind, name] of the mention, issuer's [kind, name] or undefined].
const mentions: [string, string, [string, string], [string, string] | undefined][] = [
  ['A report by the harbour authority details the costs.', 'A report', ['document', 'report'], ['organization', 'harbour authority']],
  ['Costs rose, says a document titled Winter Fares on Lakeside Transit’s website.', 'a document titled Winter Fares', ['document', 'document titled Winter Fares'], ['organization', 'Lakeside Transit']],
  ['A report from 2019 said fares would rise.', 'A report', ['document', 'report'], undefined],
  ['The Harbour Authority said fares would rise.', 'The Harbour Authority', ['organization', 'Harbour Authority'], undefined]
]

describe('classifyMention: who issued a document', () => {
  it.each(mentions)('%s', (sentence, document, [kind, name], issuer) => {
    const tokens = tokenize(sentence)
    const first = tokens.findIndex((token) => token.start === sentence.indexOf(document))
    const last = tokens.findIndex((token) => token.end === sentence.indexOf(document) + document.length) + 1
    const info = classifyMention(sentence, tokens, {first, last})
    expect([info.kind, info.name]).toEqual([kind, name])
    expect(info.issuer && [info.issuer.kind, info.issuer.name]).toEqual(issuer)
  })
})
