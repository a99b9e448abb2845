import {describe, expect, it} from 'vitest'
import {similarity} from '../../src/blocks/html/similarity.js'
import {createTitleIndex} from '../../src/blocks/html/title-index.js'

const titles = ['Storm hits coast | The Daily', 'Storm hits coast', 'Weather: storm hits the coast overnight', 'Sport results']
const texts = ['Storm hits coast', 'Coast storm', 'Results of the sport', 'Nothing alike', '', 'The Daily']

describe('createTitleIndex', () => {
  it.each(texts)('scores %j as the best similarity to any title', (text) => {
    let expected = 0
    for (const title of titles) expected = Math.max(expected, similarity(text, title))
    expect(createTitleIndex(titles).best(text)).toBeCloseTo(expected, 12)
  })

  it('counts each distinct title once and has nothing to say with no titles', () => {
    expect(createTitleIndex(['A b', 'a B', 'c']).size).toBe(2)
    expect(createTitleIndex([]).best('Storm hits coast')).toBe(0)
  })

  it('compares many headings with many titles in linear time', () => {
    const many = Array.from({length: 20_000}, (_, index) => `Storm hits coast number ${index}`)
    const index = createTitleIndex(many)
    const started = performance.now()
    for (const heading of many) index.best(heading)
    // All pairs would be 400 million comparisons; the index reads each heading once against at most 64 titles.
    expect(performance.now() - started).toBeLessThan(20_000)
    expect(index.size).toBe(64)
  })
})
