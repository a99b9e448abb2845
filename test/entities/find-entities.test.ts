import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'

/** Entities as `kind:name[mention, mention…]`, to compare whole rows at a glance. */
function listed(text: string): string[] {
  const article = parseArticle(text)
  for (const entity of article.entities) {
    for (const mention of entity.mentions) expect(text.slice(mention.position.start.offset, mention.position.end.offset)).toBe(mention.text)
  }
  return article.entities.map((entity) => `${entity.kind}:${entity.name}[${entity.mentions.map((mention) => mention.text).join(', ')}]`)
}

// Rows of [what the row shows, article text, entities expected among the results, names that must not be entities].
const rows: [string, string, string[], string[]][] = [
  [
    'a speaker with every mention, full name first',
    'Harbour Plan Approved\n\n“We will build it,” said Lena Okafor, a spokesperson for the Harbour Authority.\n\n“It is final,” Okafor told reporters.',
    ['person:Lena Okafor[Lena Okafor, Okafor]', 'organization:Harbour Authority[Harbour Authority]'],
    []
  ],
  [
    'an acronym in parentheses joins its name; the fullest form names the entity',
    'The report went to the Office of Harbour Safety (OHS) on Monday.\n\nThe OHS did not reply. Later the OHS said it would look at it.',
    ['organization:Office of Harbour Safety[Office of Harbour Safety, OHS, OHS, OHS]'],
    ['Monday', 'Later']
  ],
  [
    'a surname used alone joins the full name; places from place words',
    'Ferry captain Tove Brenner sailed from the port of Kelmar to Dunmore Bay.\n\nBrenner said the crossing took four hours in Kelmar.',
    ['person:Tove Brenner[Tove Brenner, Brenner]', 'place:Kelmar[Kelmar, Kelmar]', 'place:Dunmore Bay[Dunmore Bay]'],
    []
  ],
  [
    '"also known as" joins a second name; the name used most names the person',
    'Police arrested Karim Tamimi, also known as Abu Zaid, in Vardak province.\n\nTamimi had led the cell for years. Tamimi denies it.',
    ['person:Karim Tamimi[Karim Tamimi, Abu Zaid, Tamimi, Tamimi]'],
    ['Abu Zaid']
  ],
  [
    'initials join an acronym to its name',
    'The United Nations sent food. A U.N. convoy reached the town on Friday.',
    ['organization:United Nations[United Nations, U.N.]'],
    ['Friday']
  ],
  [
    'a title-case headline gives mentions of names found in the body only',
    'Norland Harbour Board Backs New Ferry Route\n\nThe Norland Harbour Board voted on Tuesday to back the route.',
    ['organization:Norland Harbour Board[Norland Harbour Board, Norland Harbour Board]'],
    ['Backs', 'New Ferry Route', 'Ferry Route']
  ],
  [
    'demonyms, months, lone adjectives and sentence-opening words are no names',
    'Italian officials met in April. Meanwhile, the Islamist group left. Unfortunately nobody stayed in Dunmore.',
    ['place:Dunmore[Dunmore]'],
    ['Italian', 'April', 'Islamist', 'Meanwhile', 'Unfortunately']
  ],
  [
    'a speaker found through a pronoun is still a person',
    'Edda Nyberg climbed the tower. “It was long,” she said.',
    ['person:Edda Nyberg[Edda Nyberg]'],
    []
  ],
  [
    'a dateline gives a place and an agency',
    'Bridge Opens\n\nKELMAR, Norland (AP) — The new bridge opened on Monday, officials said.',
    ['place:KELMAR[KELMAR]', 'place:Norland[Norland]', 'organization:AP[AP]'],
    ['Monday']
  ],
  [
    'one word after "in" is a place; a longer unknown name after it is not enough',
    'Festival ends\n\nShe starred in Silent Harbour Lights last year. He lives in Dunmore.',
    ['place:Dunmore[Dunmore]'],
    ['Silent Harbour Lights']
  ],
  [
    '"Source" inside a name is no title that cuts it',
    'Licence upheld\n\nThe Open Source Initiative said the licence was valid.',
    ['organization:Open Source Initiative[Open Source Initiative]'],
    ['Initiative']
  ],
  [
    'a lower-case "source" in an appositive makes no person of the noun before it',
    'Island season\n\nTourism, a vital source of income, fell by half last year.',
    [],
    []
  ],
  ['no names, no entities', 'it rained all day and nobody came.', [], []],
  ['empty input', '', [], []]
]

describe('article.entities', () => {
  it.each(rows)('%s', (_, text, expected, absent) => {
    const found = listed(text)
    for (const entry of expected) expect(found).toContain(entry)
    const names = found.map((entry) => entry.slice(entry.indexOf(':') + 1, entry.indexOf('[')))
    for (const name of absent) expect(names).not.toContain(name)
    if (expected.length === 0) expect(found).toEqual([])
  })

  it('is computed once, on first read, and enumerable', () => {
    const article = parseArticle('Lena Okafor met Paul Dray in Lisbon.')
    expect(Object.keys(article)).toContain('entities')
    expect(article.entities).toBe(article.entities)
  })
})
