import {describe, expect, it, vi} from 'vitest'

// Record what the tagger is handed, and call the real one.
const handed: string[] = vi.hoisted(() => [])
vi.mock('../../src/entities/compromise-adapter.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/entities/compromise-adapter.js')>()
  return {...real, tagWords: (text: string) => (handed.push(text), real.tagWords(text))}
})
const {parseArticle} = await import('../../src/index.js')

const first = ['Tove', 'Arlo', 'Mirren', 'Casimir', 'Oona', 'Bastien', 'Ilse', 'Roderick', 'Yusra', 'Lorcan', 'Femke', 'Anselm']
const head = ['Var', 'Hol', 'Quis', 'Mar', 'Tier', 'Od', 'Beck', 'Stran']
const tail = ['ga', 'loway', 'ton', 'row', 'nan', 'uya', 'ett', 'ov']
const places = ['Dunmore', 'Kelmar', 'Ostvale', 'Brightwater', 'Hollin', 'Tarrow']

/** An invented story of `count` sentences naming up to 768 different invented names (twice each at most), whose kind the entity finder must ask the tagger about. */
function manyNames(count: number): string {
  const paragraphs = ['Valley Towns Count the Cost of the Floods', '']
  for (let index = 0; index < count; index++) {
    const surname = `${head[Math.floor(index / first.length) % head.length]}${tail[Math.floor(index / (first.length * head.length)) % tail.length]}`
    const name = `${surname} ${first[index % first.length]}son`
    paragraphs.push(`Yesterday ${name} walked from ${places[index % places.length]} to the river with neighbours and friends to see the water rise again.`)
  }
  return paragraphs.join('\n\n')
}

describe('askTagger', () => {
  it('hands a long article to the tagger in pieces of at most 20,000 characters, each of whole sentences', () => {
    handed.length = 0
    const text = manyNames(1400)
    const article = parseArticle(text)
    void article.entities
    // More than one piece's worth in all, so one call would break the bound.
    expect(handed.reduce((sum, piece) => sum + piece.length, 0)).toBeGreaterThan(20_000)
    for (const piece of handed) {
      expect(piece.length).toBeLessThanOrEqual(20_000)
      expect(piece.endsWith('.\n\n')).toBe(true)
    }
  })

  it('hands a short article over in one piece', () => {
    handed.length = 0
    void parseArticle(manyNames(12)).entities
    expect(handed.length).toBe(1)
  })
})
