import {describe, expect, it} from 'vitest'
import {parseArticle, toText} from '../../src/index.js'
import {readDateline} from '../../src/structure/find-dateline.js'
import {parseCaption} from '../../src/structure/parse-caption.js'

describe('readDateline: place, date and agency read apart', () => {
  it.each<[text: string, expected: ReturnType<typeof readDateline>]>([
    ['WENBROOK, Sept. 20 (Orchard Weekly) — The mill', {length: 37, place: 'WENBROOK', date: 'Sept. 20', agency: 'Orchard Weekly'}],
    ['WENBROOK, Sept. 20, (Orchard Weekly) — The mill', {length: 38, place: 'WENBROOK', date: 'Sept. 20', agency: 'Orchard Weekly'}],
    ['WENBROOK, Ore., Sept. 20, 2024 (Wire) — The mill', {length: 39, place: 'WENBROOK, Ore.', date: 'Sept. 20, 2024', agency: 'Wire'}],
    ['WENBROOK, 20 September (Orchard Weekly) - The mill', {length: 41, place: 'WENBROOK', date: '20 September', agency: 'Orchard Weekly'}],
    ['WENBROOK, Tuesday (Orchard Weekly) - The mill', {length: 36, place: 'WENBROOK', date: 'Tuesday', agency: 'Orchard Weekly'}],
    ['WENBROOK, September 20, 2024 /Orchard Newswire/ -- The mill', {length: 50, place: 'WENBROOK', date: 'September 20, 2024', agency: 'Orchard Newswire'}],
    ['PORT ELLEN (AP) — The ferry sailed', {length: 17, place: 'PORT ELLEN', agency: 'AP'}],
    ['The mill, Sept. 20 — opened', undefined]
  ])('%j', (text, expected) => {
    expect(readDateline(text)).toEqual(expected)
  })

  it('prints the dateline without a comma before the agency', () => {
    const article = parseArticle('Mill reopens in the valley\n\nWENBROOK, Sept. 20, (Orchard Weekly) — The old mill on the river opened its doors again on Tuesday after a long closure.\n')
    expect(toText(article)).toMatch(/^Dateline {3}WENBROOK, Sept\. 20 \(Orchard Weekly\)$/m)
  })
})

describe('parseCaption: a weekday is no place', () => {
  it.each<[caption: string, place: string | undefined, date: string]>([
    ['Protesters gather in Wenbrook, Friday, Jan. 5, 2024.', 'Wenbrook', 'Jan. 5, 2024'],
    ['Workers at the pier in Wenbrook, Ore., Sunday, Sept. 20, 2024.', 'Wenbrook, Ore.', 'Sept. 20, 2024'],
    ['A crowd in Porto Alto, Lusitania, on Tuesday, May 6, 2025.', 'Porto Alto, Lusitania', 'May 6, 2025'],
    ['Troops in Jalalabad, Afghanistan, Jan. 23, 2019.', 'Jalalabad, Afghanistan', 'Jan. 23, 2019'],
    ['The mill on Friday, Jan. 5, 2024.', undefined, 'Jan. 5, 2024']
  ])('%j → place %j', (caption, place, date) => {
    const details = parseCaption(caption)
    expect(details.place).toBe(place)
    expect(details.date).toBe(date)
  })
})
