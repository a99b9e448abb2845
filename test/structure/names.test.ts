import {describe, expect, it} from 'vitest'
import {cutBylineTail} from '../../src/structure/cut-byline-tail.js'
import {readByline} from '../../src/structure/find-byline.js'
import {readCredit} from '../../src/structure/find-credit.js'
import {isPersonName} from '../../src/structure/is-person-name.js'
import {splitNames} from '../../src/structure/split-names.js'
import {stripRoleWords} from '../../src/structure/strip-role-words.js'

describe('readByline: the authors, nothing printed beside them', () => {
  it.each<[line: string, authors: string[]]>([
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    // A date, time, update stamp or account after the names.
    ['By Mara Lind July 10, 2025', ['Mara Lind']],
    ['By PETRA OKONKWO SEPT. 4, 2024', ['PETRA OKONKWO']],
    ['By Ivo Brandt March 18 at 9:41 AM Follow @ivobrandt', ['Ivo Brandt']],
    ['By Ivo Brandt @ivobrandt', ['Ivo Brandt']],
    ['By Ana Lowe - Harbour Wire - Tuesday, May 6, 2025', ['Ana Lowe']],
    ['By Ana Lowe | Orchard Weekly', ['Ana Lowe']],
    ['By Ana Lowe Updated 14:02, 6 May 2025', ['Ana Lowe']],
    ['By Ana Lowe 7', ['Ana Lowe']],
    // Role words and links.
    ['By Kai Moreno, Senior Staff Technologist, Orchard Rights Speech, Privacy, and Technology Project', ['Kai Moreno']],
    ['By Kai Moreno and Lea Sato / Orchard Weekly Staff Writers', ['Kai Moreno', 'Lea Sato']],
    ['By Kai Moreno Freelance sports writer', ['Kai Moreno']],
    ['By Kai Moreno OrchardFeed News Reporter', ['Kai Moreno']],
    ['By Kai MorenoTwitter', ['Kai Moreno']],
    ['by Kai Moreno (reporting) and Lea Sato (photography)', ['Kai Moreno', 'Lea Sato']],
    ['By Lea Sato, MD', ['Lea Sato, MD']],
    ['By Harbour Wire', ['Harbour Wire']],
    ['By Rui van der Berg and Nell O. Park', ['Rui van der Berg', 'Nell O. Park']]
  ])('%j → %j', (line, authors) => {
    expect(readByline(line)).toEqual(authors)
  })
})

describe('readCredit: contributors, not their role words', () => {
  it.each<[line: string, contributors: string[]]>([
    ['Harbour Wire writers Ivo Brandt and Lea Sato contributed to this report.', ['Ivo Brandt', 'Lea Sato']],
    ['Staff writer Alex Chen contributed to this report.', ['Alex Chen']],
    ['Additional reporting from Harbour Wire', ['Harbour Wire']],
    ["The Orchard Weekly's Valley Desk contributed to this report.", ["The Orchard Weekly's Valley Desk"]],
    ['Reporting by Ana Lowe; Editing by Kai Moreno', ['Ana Lowe', 'Kai Moreno']],
    // Role clauses set apart by commas, and the place a reporter filed from.
    ['Reporting by Ana Lowe, additional reporting by Ivo Sand, writing by Mara Quinn, Editing by Kai Moreno', ['Ana Lowe', 'Ivo Sand', 'Mara Quinn', 'Kai Moreno']],
    ['Additional reporting by Ana Lowe in Portville.', ['Ana Lowe']],
    ['Reporting by Ana Lowe in Portville and Ivo Sand in New Harbour; Editing by Kai Moreno', ['Ana Lowe', 'Ivo Sand', 'Kai Moreno']],
    // The wire services' other closing lines.
    ['Some information for this report came from Harbour Wire and the Portville Gazette.', ['Harbour Wire', 'the Portville Gazette']],
    ['Information from Harbour Wire was used in this report.', ['Harbour Wire']],
    ['With files from Harbour Wire', ['Harbour Wire']],
    ['With reporting from Ana Lowe and Ivo Sand.', ['Ana Lowe', 'Ivo Sand']]
  ])('%j → %j', (line, contributors) => {
    expect(readCredit(line)).toEqual(contributors)
  })

  it.each<string>([
    'Information from residents helped the crews find the leak.',
    'Some information came from the harbour master, who saw the crash.',
    'With files from the archive, the museum rebuilt the old ferry.',
    'Reporting by the local paper led to the inquiry.'
  ])('%j is not a credit', (line) => {
    expect(readCredit(line)).toBeUndefined()
  })
})

describe('name helpers', () => {
  it.each<[text: string, kept: string]>([
    ['Jane Doe July 10, 2025', 'Jane Doe'],
    ['Jane Doe 5 Aug 2025', 'Jane Doe'],
    ['Jane Doe - Wire - Friday, April 4', 'Jane Doe - Wire'],
    ['Jane DoeUpdated20:49', 'Jane Doe'],
    ['May Lee and June Park', 'May Lee and June Park']
  ])('cutBylineTail(%j) → %j', (text, kept) => {
    expect(cutBylineTail(text)).toBe(kept)
  })

  it.each<[part: string, name: string]>([
    ['Staff writer Alex Chen', 'Alex Chen'],
    ['Harbour Wire writers Ivo Brandt', 'Ivo Brandt'],
    ['Senior Staff Technologist', ''],
    ['Ana Lowe Deputy Political Editor', 'Ana Lowe'],
    ['Ana Lowe', 'Ana Lowe'],
    ['Dan McAdam', 'Dan McAdam']
  ])('stripRoleWords(%j).name → %j', (part, name) => {
    expect(stripRoleWords(part).name).toBe(name)
  })

  it.each<[text: string, person: boolean]>([
    ['Nell O. Park', true],
    ['Rui van der Berg', true],
    ['PETRA OKONKWO', true],
    ['Technology Project', false],
    ['ORG Speech', false],
    ['Harbour News', false],
    ['Privacy', false]
  ])('isPersonName(%j) → %s', (text, person) => {
    expect(isPersonName(text)).toBe(person)
  })

  it('keeps parts that are no person when no part is one', () => {
    expect(splitNames("Harbour Wire and the Valley Desk")).toEqual(['Harbour Wire', 'the Valley Desk'])
  })
})
