import {describe, expect, it} from 'vitest'
import type {MentionInfo} from '../../src/attribution/classify-mention.js'
import {SpeakerRegistry} from '../../src/attribution/speaker-registry.js'

const person = (name: string, extra: Partial<MentionInfo> = {}): MentionInfo => ({kind: 'person', name, head: name.toLowerCase(), definite: false, proper: true, ...extra})
const pronoun = (word: string, gender?: 'female' | 'male'): MentionInfo => ({kind: 'pronoun', name: word, head: word, definite: true, proper: false, ...(gender ? {gender} : {})})
const org = (name: string): MentionInfo => ({kind: 'organization', name, head: name.toLowerCase().split(' ').at(-1)!, definite: true, proper: true})
const group = (name: string, head = 'sources'): MentionInfo => ({kind: 'group', name, head, definite: false, proper: false})
const doc = (name: string, definite: boolean): MentionInfo => ({kind: 'document', name, head: 'report', definite, proper: false})
const described = (name: string): MentionInfo => ({kind: 'organization', name, head: name.split(' ').at(-1)!, definite: true, proper: false})

// Rows of [mentions in reading order, canonical name the last one resolves to].
const rows: [string, MentionInfo[], string | undefined][] = [
  ['surname after full name', [person('Lena Okafor'), person('Okafor')], 'Lena Okafor'],
  ['a surname of the other gender is another person', [person('Tom Okafor', {gender: 'male'}), person('Okafor', {gender: 'female'})], 'Okafor'],
  ['a surname with no gender given is the full name', [person('Tom Okafor', {gender: 'male'}), person('Okafor')], 'Tom Okafor'],
  ['full name after surname', [person('Okafor'), person('Lena Okafor')], 'Lena Okafor'],
  ['pronoun to last person', [person('Lena Okafor'), person('Paul Dray'), pronoun('he')], 'Paul Dray'],
  ['pronoun skips a known other gender', [person('Lena Okafor', {gender: 'female'}), person('Paul Dray', {gender: 'male'}), pronoun('she', 'female')], 'Lena Okafor'],
  ['it to last organisation', [org('Energy Board'), person('Paul Dray'), pronoun('it')], 'Energy Board'],
  ['the report to the last report', [doc('city report', false), org('Energy Board'), doc('report', true)], 'city report'],
  ['a lone pronoun resolves to nothing', [pronoun('she')], undefined],
  ['the mayor to the person with a mayoral role', [person('Ana Pereira', {role: 'mayoral candidate'}), {kind: 'person', name: 'mayor', head: 'mayor', definite: true, proper: false}], 'Ana Pereira'],
  ['the company to the last organisation', [org('Harbor Mobile Group'), {kind: 'organization', name: 'company', head: 'company', definite: true, proper: false}], 'Harbor Mobile Group'],
  ['the company to a one-word name never given in full', [person('Hoopla'), {kind: 'organization', name: 'company', head: 'company', definite: true, proper: false}], 'Hoopla'],
  ['he to a named person before a described one', [person('Tom Reyes'), {kind: 'person', name: 'spokesperson', head: 'spokesperson', definite: false, proper: false}, pronoun('he')], 'Tom Reyes'],
  ['he to a full name before a one-word name', [person('Tom Reyes'), person('Hoopla'), pronoun('he')], 'Tom Reyes'],
  ['a document speaks for its issuer', [{...doc('report', false), issuer: org('Lakeside Transit')}], 'Lakeside Transit'],
  ['the report to the issuer of the last report', [{...doc('report', false), issuer: org('Lakeside Transit')}, person('Paul Dray'), doc('report', true)], 'Lakeside Transit'],
  ['a report with no issuer stays a document', [org('Lakeside Transit'), doc('report', false)], 'report'],
  ['the Ohio Democrat to the last named person', [person('Ann Lee', {role: 'Senate leader'}), {kind: 'person', name: 'Ohio Democrat', head: 'democrat', definite: true, proper: false}], 'Ann Lee'],
  ['the mayor with no mayor named stays a description', [person('Ann Lee', {role: 'Senate leader'}), {kind: 'person', name: 'mayor', head: 'mayor', definite: true, proper: false}], 'mayor'],
  ['unnamed sources are one group', [group('sources familiar with the talks'), person('Ann Lee'), group('people close to the deal', 'people')], 'sources familiar with the talks'],
  ['a described group with no knowledge phrase is its own', [group('sources familiar with the talks'), group('people in the street', 'people')], 'people in the street'],
  ['a demonym is not the short form of an organisation', [org('Harbor Mobile Group'), org('Estonian Rowing Group'), person('Estonian')], 'Estonian'],
  ['a one-word name to the organisation it opens', [org('Harbor Mobile Group'), person('Harbor')], 'Harbor Mobile Group'],
  ['a one-word name to a person before an organisation', [person('Ann Harbor'), org('Harbor Mobile Group'), person('Harbor')], 'Ann Harbor'],
  ['some to the group just named', [group('harbour tenants', 'tenants'), {kind: 'group', name: 'Some', head: 'some', definite: false, proper: false}], 'harbour tenants'],
  ['some with no group named stays itself', [person('Ann Lee'), {kind: 'group', name: 'Some', head: 'some', definite: false, proper: false}], 'Some'],
  ['others is not the group just named', [group('harbour tenants', 'tenants'), {kind: 'group', name: 'Others', head: 'others', definite: false, proper: false}], 'Others'],
  ['the spokesperson to the unnamed spokesperson described before', [{kind: 'person', name: 'Harbour Board spokesperson', head: 'spokesperson', definite: false, proper: false}, {kind: 'person', name: 'spokesperson', head: 'spokesperson', definite: true, proper: false}], 'Harbour Board spokesperson'],
  ['the spokesperson to a named spokesperson before an unnamed one', [person('Ann Lee', {role: 'spokesperson for the board'}), {kind: 'person', name: 'Harbour Board spokesperson', head: 'spokesperson', definite: false, proper: false}, {kind: 'person', name: 'spokesperson', head: 'spokesperson', definite: true, proper: false}], 'Ann Lee'],
  ['the nurse is not the spokesperson described before', [{kind: 'person', name: 'Harbour Board spokesperson', head: 'spokesperson', definite: false, proper: false}, {kind: 'person', name: 'nurse', head: 'nurse', definite: true, proper: false}], 'nurse'],
  ['the 30-year-old to the person named just before', [person('Ann Lee'), {kind: 'unknown', name: '30-year-old', head: '30-year-old', definite: true, proper: false}], 'Ann Lee'],
  ['the ferocious sprinter to the person named just before', [person('Ann Lee'), org('Energy Board'), {kind: 'unknown', name: 'ferocious sprinter', head: 'sprinter', definite: true, proper: false}], 'Ann Lee'],
  ['a sprinter is no one named before', [person('Ann Lee'), {kind: 'unknown', name: 'sprinter', head: 'sprinter', definite: false, proper: false}], 'sprinter'],
  ['the data are no one named before', [person('Ann Lee'), {kind: 'unknown', name: 'data', head: 'data', definite: true, proper: false}], 'data'],
  ['the ferry company to the organisation named by its describing word', [org('Coastal Ferry Lines'), org('Energy Board'), {kind: 'organization', name: 'ferry company', head: 'company', definite: true, proper: false}], 'Coastal Ferry Lines'],
  ['the federal ministry is not the provincial ministry described before', [described('provincial ministry'), described('federal ministry')], 'federal ministry'],
  ['the ministry to the provincial ministry described before', [described('provincial ministry'), described('federal ministry'), described('ministry')], 'federal ministry'],
  ['the health ministry after the ministry: the fuller description', [described('ministry'), described('health ministry'), described('ministry')], 'health ministry'],
  ['the city’s report is not the report the province issued', [{...doc('province’s report', false), issuer: described('province')}, {...doc('city’s report', true), issuer: described('city')}], 'city'],
  ['the police report is not the report the province issued', [{...doc('province’s report', false), issuer: described('province')}, doc('police report', true)], 'police report'],
  ['the report to the report the province issued', [{...doc('province’s report', false), issuer: described('province')}, person('Ann Lee'), doc('report', true)], 'province'],
  ['a report after a report the province issued is another document', [{...doc('report', false), issuer: described('province')}, doc('report', false)], 'report'],
  ['a lawyer for a named person is not that person', [person('Tom Ruiz'), {kind: 'person', name: 'lawyer for Tom Ruiz', head: 'lawyer', definite: false, proper: false}], 'lawyer for Tom Ruiz'],
  ['the province’s report after a report the province issued', [{...doc('report', false), issuer: described('province')}, {...doc('province’s report', true), issuer: described('province')}], 'province']
]

describe('SpeakerRegistry', () => {
  it('takes a one-word name for a pronoun when the sentence just before was about it', () => {
    const registry = new SpeakerRegistry()
    registry.resolve(person('Tom Reyes'), true)
    registry.resolve(person('Okafor'), false)
    expect(registry.resolve(pronoun('he'), true)?.name).toBe('Okafor')
  })

  it('keeps the full name for a pronoun when the one-word name came with other words ("Groups of young fans")', () => {
    const registry = new SpeakerRegistry()
    registry.resolve(person('Tom Reyes'), true)
    registry.resolve(person('Okafor', {role: 'Groups of'}), false)
    expect(registry.resolve(pronoun('he'), true)?.name).toBe('Tom Reyes')
  })

  it('keeps the full name for a pronoun when a one-word name only spoke just before', () => {
    const registry = new SpeakerRegistry()
    registry.resolve(person('Tom Reyes'), true)
    registry.resolve(person('Hoopla'), true)
    expect(registry.resolve(pronoun('he'), true)?.name).toBe('Tom Reyes')
  })

  it.each(rows)('%s', (_, mentions, expected) => {
    const registry = new SpeakerRegistry()
    let last
    for (const mention of mentions) last = registry.resolve(mention, true)
    expect(last?.name).toBe(expected)
  })

  it('never takes a description for the addressee of its own cue ("the agency told Harbour News")', () => {
    const registry = new SpeakerRegistry()
    const agency: MentionInfo = {kind: 'organization', name: 'agency', head: 'agency', definite: true, proper: false}
    registry.resolve(person('Ferrolink'), true)
    registry.resolve(org('Harbour News'), false)
    expect(registry.resolve(agency, true, 'Harbour News')?.name).toBe('Ferrolink')
    expect(registry.resolve(org('Harbour News'), true, 'Harbour News')?.name).toBe('Harbour News')
  })

  it('knows full names before they are mentioned, without making them pronoun antecedents', () => {
    const registry = new SpeakerRegistry()
    registry.know(person('Lena Okafor'))
    expect(registry.resolve(pronoun('she'), true)).toBeUndefined()
    expect(registry.resolve(person('Okafor'), true)?.name).toBe('Lena Okafor')
  })

  it('traces "the statement" to whoever spoke in a statement', () => {
    const registry = new SpeakerRegistry()
    const board = registry.resolve(org('Transit Board'), true)!
    registry.issued('statement', board)
    expect(registry.resolve({...doc('statement', true), head: 'statement'}, true)?.name).toBe('Transit Board')
    expect(registry.resolve({...doc('report', true), head: 'memo', name: 'memo'}, true)?.name).toBe('memo')
  })
})
