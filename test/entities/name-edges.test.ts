import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'

const headline = 'Budget office warns of harbour delays\n\n'

// Rows of [body, an entity name that must be found whole, a cut form that must not be an entity].
const rows: [string, string, string][] = [
  ['The Office of Planning and Harbours said the pier would cost more.', 'Office of Planning and Harbours', 'Office of Planning'],
  ['The Vale County Sheriff’s Office said deputies were sent to the pier.', 'Vale County Sheriff’s Office', 'Vale County Sheriff'],
  ['Harbour Ferries said boats would run late. A spokesman for Harbour Ferries said the pier would reopen.', 'Harbour Ferries', 'Ferries']
]

describe('entity names at their edges', () => {
  it.each(rows)('%s', (body, whole, cut) => {
    const entities = parseArticle(headline + body).entities
    const names = entities.map((entity) => entity.name)
    expect(names).toContain(whole)
    expect(names).not.toContain(cut)
    const entity = entities.find((entry) => entry.name === whole)!
    expect(entity.mentions.every((mention) => mention.text === whole)).toBe(true)
  })

  it('keeps two people joined by "and" apart', () => {
    const names = parseArticle(`${headline}Mara Quell and Tomas Ruiz said the pier would reopen.`).entities.map((entity) => entity.name)
    expect(names).toEqual(expect.arrayContaining(['Mara Quell', 'Tomas Ruiz']))
  })
})
