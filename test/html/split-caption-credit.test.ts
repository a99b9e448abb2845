import {describe, expect, it} from 'vitest'
import type {MappedText} from '../../src/blocks/mapped-text.js'
import {splitCaptionCredit} from '../../src/blocks/html/split-caption-credit.js'

function mapped(text: string): MappedText {
  return {text, start: 100, end: 100 + text.length, offsetAt: (index) => 100 + Math.min(index, text.length), endAt: (index) => 100 + Math.min(index + 1, text.length)}
}

// [caption, caption without credit, credit]
const rows: Array<[string, string, string | undefined]> = [
  ['Firefighters douse the blaze. (AP Photo/Jane Roe)', 'Firefighters douse the blaze.', 'AP Photo/Jane Roe'],
  ['The old mill at dawn. (Town Archive)', 'The old mill at dawn.', 'Town Archive'],
  ['Voters queue in the rain (Photo: Getty)', 'Voters queue in the rain', 'Photo: Getty'],
  ['The bridge reopened on Monday. Credit: Sam Lee/City Desk', 'The bridge reopened on Monday.', 'Sam Lee/City Desk'],
  ['Children plant trees. Photo by Ana Ruiz', 'Children plant trees.', 'Photo by Ana Ruiz'],
  ['The mayor (left) greets residents', 'The mayor (left) greets residents', undefined],
  ['A march in Lyon (France)', 'A march in Lyon (France)', undefined],
  ['Smoke rises over the depot. Jane Roe/Getty Images', 'Smoke rises over the depot.', 'Jane Roe/Getty Images'],
  ['A ferry leaves the quay in this picture from social media. @quaywatch/via REUTERS THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. NO RESALES.', 'A ferry leaves the quay in this picture from social media.', '@quaywatch/via REUTERS THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. NO RESALES.'],
  ['Divers search the harbour | Sam Lee/AFP', 'Divers search the harbour', 'Sam Lee/AFP'],
  ['The 2023/24 season ended early. Reuters counted the cost.', 'The 2023/24 season ended early. Reuters counted the cost.', undefined],
  ['Voters queue in the rain. The AP/Valley poll found most undecided.', 'Voters queue in the rain. The AP/Valley poll found most undecided.', undefined],
  ['Smoke over the depot. REUTERS/Sam Lee/File Photo', 'Smoke over the depot.', 'REUTERS/Sam Lee/File Photo'],
  ['Workers repair the dam. The inflow/outflow gauges were replaced.', 'Workers repair the dam. The inflow/outflow gauges were replaced.', undefined]
]

describe('splitCaptionCredit', () => {
  it.each(rows)('%j', (caption, text, credit) => {
    const result = splitCaptionCredit(mapped(caption))
    expect(result.text.text).toBe(text)
    expect(result.credit).toBe(credit)
    expect(result.text.end).toBe(100 + text.length)
  })
})
