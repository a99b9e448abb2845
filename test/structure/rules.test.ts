import {describe, expect, it} from 'vitest'
import {findTrailingCredit, isCreditLine} from '../../src/structure/find-photo-credit.js'
import {isBylineOrDate} from '../../src/structure/is-byline-or-date.js'
import {isBoilerplate} from '../../src/structure/is-boilerplate.js'
import {isCaption} from '../../src/structure/is-caption.js'
import {looksLikeHeadline} from '../../src/structure/is-headline.js'
import {isNameLine} from '../../src/structure/is-name-line.js'
import {isProse} from '../../src/structure/text-shape.js'

describe('looksLikeHeadline', () => {
  it.each([
    ['Harbour town votes to rebuild its old pier', true],
    ['Will the ferry ever run again?', true],
    ['Mayor quits', true],
    ['The Daily Courier', false],
    ['World News', false],
    ['The council met on Monday and voted to close the pier.', false],
    ['Search author on:', false],
    ['Harbour town votes to rebuild its pier | The Courier', false],
    ['3h agoWhy the harbour vote matters for the whole coast', false],
    ['Ferry service to resume next month17:24', false],
    ['… and the pier stays shut', false]
  ])('%j → %j', (text, expected) => {
    expect(looksLikeHeadline(text)).toBe(expected)
  })
})

describe('isProse', () => {
  it.each([
    ['The council voted on Monday to close the old pier.', true],
    ['"It is a sad day for the town," she said.', true],
    ['He declined.', false],
    ['Harbour town votes to rebuild its old pier', false],
    [`${'word '.repeat(30)}without an end`, true]
  ])('%j → %j', (text, expected) => {
    expect(isProse(text)).toBe(expected)
  })
})

describe('isBylineOrDate', () => {
  it.each([
    ['By Jane Doe', true],
    ['By', true],
    ['Jane Doe|Published 4 months ago', true],
    ['Posted: May 3, 2024 4:00 AM EDT', true],
    ['March 3, 2024', true],
    ['9:05am Mar 2, 2021', true],
    ['The council voted on Monday to close the old pier.', false],
    ['By the way, the pier is closed.', false]
  ])('%j → %j', (text, expected) => {
    expect(isBylineOrDate(text)).toBe(expected)
  })
})

describe('isBoilerplate (page furniture)', () => {
  it.each([
    ['Share this article', true],
    ['Social Sharing', true],
    ['READ MORE: Pier reopens after ten years', true],
    ['WATCH | The mayor on the vote:', true],
    ['Related Article', true],
    ['You might also like', true],
    ['21:05Jane Doe', true],
    ['14 hours ago', true],
    ['Duration 2:45', true],
    ['5 minute read', true],
    ['We use cookies to improve the site. Accept all', true],
    ['Cookie settings', true],
    ['The bakery sold 300 cookies on Monday.', false],
    ['More from Seatown News', true],
    ['Updated 5:40 PM EDT, April 28, 2023', true],
    ['April 28, 2023 - 5:40 pm EDT', true],
    ['Shares in the ferry company fell 3% on Monday.', false],
    ['The mayor read more than 200 letters.', false]
  ])('%j → %j', (text, expected) => {
    expect(isBoilerplate(text)).toBe(expected)
  })
})

describe('isCaption (marks a caption carries)', () => {
  it.each([
    ['Jane Doe, left, greets John Roe at the pier on Monday.', true],
    ['Council members, from left, Ann Poe and Jane Doe.', true],
    ['The old pier, pictured here in 2019, will be rebuilt.', true],
    ['FILE - The old pier in Seatown, May 2, 2019.', true],
    ['The council left the pier closed, and the town waited.', false],
    ['The crowd was pictured in the square on Monday.', false],
    ['Boats leave the harbour on Monday. Photo: Jane Doe', true],
    ['Boats leave the harbour on Monday. Photo by Jane Doe.', true],
    ['A Photo by Jane Doe won the prize. The boats left on Monday.', false]
  ])('%j → %j', (text, expected) => {
    expect(isCaption(text)).toBe(expected)
  })
})

describe('isCreditLine', () => {
  it.each([
    ['Image Credits: Jane Doe', true],
    ['Image: Jane Doe', true],
    ['Getty Images', true],
    ['Reuters', true],
    ['Copyright Jane Doe/AP', true],
    ['Jane Doe/Reuters', true],
    ['Jane Doe', false],
    ['Images of the pier were shared online on Monday.', false]
  ])('%j → %j', (text, expected) => {
    expect(isCreditLine(text)).toBe(expected)
  })
})

describe('findTrailingCredit', () => {
  it.each([
    ['Boats leave the harbour on Monday. (AP Photo/Jane Doe)', 'Boats leave the harbour on Monday.', 'AP Photo/Jane Doe'],
    ['Boats leave the harbour (Photo: Wire Service)', 'Boats leave the harbour', 'Photo: Wire Service'],
    ['Boats leave the harbour.  (Jane Doe/City Paper)', 'Boats leave the harbour.', 'Jane Doe/City Paper'],
    ['Boats leave the harbour. (Harbour Trust)', 'Boats leave the harbour.', 'Harbour Trust'],
    ['Two men were charged. (Port Ellen District Court, Northern Division)', 'Two men were charged.', 'Port Ellen District Court, Northern Division'],
    ['Jane Doe at the pier. (Courtesy of John Roe)', 'Jane Doe at the pier.', 'Courtesy of John Roe'],
    ['Boats leave the harbour.Credit: Jane Doe', 'Boats leave the harbour.', 'Credit: Jane Doe'],
    ['A harbour pilot - Copyright Jane Doe/AP', 'A harbour pilot', 'Copyright Jane Doe/AP'],
    ['Boats leave the harbour (\nImage:\nJane Doe)', 'Boats leave the harbour', 'Image: Jane Doe'],
    ['“We sail at dawn.” (Harbour Trust)', '“We sail at dawn.”', 'Harbour Trust'],
    ['Boats leave the harbour credit: Jane Doe', 'Boats leave the harbour', 'credit: Jane Doe'],
    ['Boats leave the harbour at dawn. Photo by Jane Doe /City Paper', 'Boats leave the harbour at dawn.', 'Photo by Jane Doe /City Paper'],
    ['The old pier. Now it is closing. Photo: Harbour Trust', 'The old pier. Now it is closing.', 'Photo: Harbour Trust']
  ])('%j', (text, caption, credit) => {
    const found = findTrailingCredit(text)
    expect(found?.credit).toBe(credit)
    expect(text.slice(0, found?.length)).toBe(caption)
  })

  it.each([
    ['The vote (held on Monday) closed the pier.'],
    ['The pier closed in 2019 (after the storm).'],
    ['The pier closed. (Reporting by Jane Doe, Editing by John Roe)'],
    ['(Photo: Jane Doe)'],
    // A sentence about a photo is no credit.
    ['The council showed a photo. Photo by photo the pier came apart.'],
    ['Boats leave the harbour. Photographers came by the dozen.'],
    [`Boats leave the harbour. (Photo: ${'a long aside '.repeat(10)})`]
  ])('finds none in %j', (text) => {
    expect(findTrailingCredit(text)).toBeUndefined()
  })
})

describe('isNameLine', () => {
  it.each([
    ['Jane Doe', true],
    ['Jane Doe.', true],
    ['Jane Doe and John Roe', true],
    ["Mary O'Neil-Smith, Ann Poe & J. Roe", true],
    ['The Road Ahead', false],
    ['Jane', false],
    ['Harbour votes to rebuild', false],
    ['STRATEGIC PLANS', false]
  ])('%j → %j', (text, expected) => {
    expect(isNameLine(text)).toBe(expected)
  })
})
