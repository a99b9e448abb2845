import {describe, expect, it} from 'vitest'
import {classifyMention} from '../../src/attribution/classify-mention.js'
import {tokenize} from '../../src/attribution/tokenize.js'

// Rows of [phrase, kind, name, role].
const rows: [string, string, string, string | undefined][] = [
  ['she', 'pronoun', 'she', undefined],
  ['Harbour Authority spokesperson Lena Okafor', 'person', 'Lena Okafor', 'Harbour Authority spokesperson'],
  ['U.S. Secretary of State Ann Lowe', 'person', 'Ann Lowe', 'U.S. Secretary of State'],
  ['Sen. Paul Dray', 'person', 'Paul Dray', 'Sen.'],
  ['The White House', 'organization', 'White House', undefined],
  ['the Ministry of Health (MOH)', 'organization', 'Ministry of Health', undefined],
  ['The province’s Energy Board', 'organization', 'Energy Board', undefined],
  ['A U.N. report', 'document', 'U.N. report', undefined],
  ['the agency', 'organization', 'agency', undefined],
  ['the city’s', 'organization', 'city', undefined],
  ['A lawyer for Tom Ruiz', 'person', 'lawyer for Tom Ruiz', undefined],
  ['a spokesperson for Premier Ann Lee', 'person', 'spokesperson for Premier Ann Lee', undefined],
  ['the mayor of Lakeside', 'person', 'mayor of Lakeside', undefined],
  ['the nurses’ union', 'organization', 'nurses’ union', undefined],
  ['Some local residents', 'group', 'Some local residents', undefined],
  ['a spokesperson', 'person', 'spokesperson', undefined],
  ['the organiser of the march', 'person', 'organiser of the march', undefined],
  ['the head of the harbour board', 'person', 'head of the harbour board', undefined],
  ['the magazine', 'organization', 'magazine', undefined],
  ['the trust', 'organization', 'trust', undefined],
  ['the fund', 'organization', 'fund', undefined],
  ['The two', 'group', 'two', undefined],
  ['the pair', 'group', 'pair', undefined],
  ['a group of tenants', 'group', 'group of tenants', undefined],
  ['Friday', 'unknown', 'Friday', undefined],
  ['Some Liberals', 'group', 'Some Liberals', undefined],
  ['Many Harbour Transit riders', 'group', 'Many Harbour Transit riders', undefined],
  ['the Ohio Democrat', 'person', 'Ohio Democrat', undefined],
  ['Ohio Democrat Ann Lee', 'person', 'Ann Lee', 'Ohio Democrat'],
  ['the Democratic National Committee', 'organization', 'Democratic National Committee', undefined],
  ['the Liberal Party', 'organization', 'Liberal Party', undefined],
  ['people familiar with the talks', 'group', 'people familiar with the talks', undefined],
  ['sources close to the team', 'group', 'sources close to the team', undefined],
  ['some in the fishing community', 'group', 'some in the fishing community', undefined],
  ['Both Lee and Ortiz', 'group', 'Lee and Ortiz', undefined],
  ['Ann Lee and Tom Ortiz', 'group', 'Ann Lee and Tom Ortiz', undefined],
  ['Harbour Rail and Lakeside Transit', 'organization', 'Harbour Rail and Lakeside Transit', undefined],
  ['Residents', 'group', 'Residents', undefined],
  ['Critics', 'group', 'Critics', undefined],
  ['Bill', 'person', 'Bill', undefined],
  ['Marks', 'person', 'Marks', undefined],
  ['The Department of the Treasury', 'organization', 'Department of the Treasury', undefined],
  ['Minister of the Interior Ann Lee', 'person', 'Ann Lee', 'Minister of the Interior']
]

describe('classifyMention', () => {
  it.each(rows)('%s', (phrase, kind, name, role) => {
    const tokens = tokenize(phrase)
    const info = classifyMention(phrase, tokens, {first: 0, last: tokens.length})
    expect([info.kind, info.name, info.role]).toEqual([kind, name, role])
  })
})
