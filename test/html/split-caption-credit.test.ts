import {describe, expect, it} from 'vitest'
import type {MappedText} from '../../src/blocks/mapped-text.js'
import {splitCaptionCredit} from '../../src/blocks/html/split-caption-credit.js'

function mapped(text: string): MappedText {
  return {text, start: 100, end: 100 + text.length, offsetAt: (index) => 100 + Math.min(index, text.length)}
}

// [caption, caption without credit, credit]
const rows: Array<[string, string, string | undefined]> = [
  ['Firefighters douse the blaze. (AP Photo/Jane Roe)', 'Firefighters douse the blaze.', 'AP Photo/Jane Roe'],
  ['The old mill at dawn. (Town Archive)', 'The old mill at dawn.', 'Town Archive'],
  ['Voters queue in the rain (Photo: Getty)', 'Voters queue in the rain', 'Photo: Getty'],
  ['The bridge reopened on Monday. Credit: Sam Lee/City Desk', 'The bridge reopened on Monday.', 'Sam Lee/City Desk'],
  ['Children plant trees. Photo by Ana Ruiz', 'Children plant trees.', 'Photo by Ana Ruiz'],
  ['The mayor (left) greets residents', 'The mayor (left) greets residents', undefined],
  ['A march in Lyon (France)', 'A march in Lyon (France)', undefined]
]

describe('splitCaptionCredit', () => {
  it.each(rows)('%j', (caption, text, credit) => {
    const result = splitCaptionCredit(mapped(caption))
    expect(result.text.text).toBe(text)
    expect(result.credit).toBe(credit)
    expect(result.text.end).toBe(100 + text.length)
  })
})
