import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'

/** The names of the entities found in an invented article, as `kind:name`. */
function names(body: string): string[] {
  return parseArticle(`Harbour news\n\n${body}`).entities.map((entity) => `${entity.kind}:${entity.name}`)
}

describe('a lone capitalised word that ends like an adjective', () => {
  it.each([
    // First names that end in -ic, -ish or -ist are names still.
    ['Eric waved from the deck.', 'person:Eric', true],
    ['Dominic thanked the crew.', 'person:Dominic', true],
    ['Trish hugged him at the pier.', 'person:Trish', true],
    // An adjective made from a name, before a noun, is no entity.
    ['The Islamist group denied it.', 'Islamist', false],
    ['The Chinese delegation left early.', 'Chinese', false]
  ])('%s → %s (%s)', (body, entry, present) => {
    const found = names(body)
    if (present) expect(found).toContain(entry)
    else expect(found.some((name) => name.endsWith(`:${entry}`))).toBe(false)
  })
})
