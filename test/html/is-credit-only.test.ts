import {describe, expect, it} from 'vitest'
import {isCreditOnly} from '../../src/blocks/html/is-credit-only.js'

// [caption text, whether it is only a credit]
const rows: Array<[string, boolean]> = [
  ['Sam Lee/Valley Photos/Getty Images', true],
  ['(Ida Marsh Images/Orchard/Getty)', true],
  ['Ana Ruiz/Harbour Press', true],
  ['(Ana Ruiz)', true],
  ['Photo by Ana Ruiz', true],
  ['photo by Ana Ruiz', true],
  ['Photo: Town Archive', true],
  ['Image credit: Town Archive', true],
  ['Credit: Ana Ruiz', true],
  ['© Town Archive', true],
  ['©Town Archive', true],
  ['Copyright Ana Ruiz 2021', true],
  ['Ana Ruiz', false],
  ['Mayor Ana Ruiz and Sam Lee', false],
  ['Pickers rest under the oldest tree.', false],
  ['Pickers rest under the oldest tree (Ana Ruiz/Harbour Press)', false],
  ['Voters queue in the rain. (Ana Ruiz)', false],
  ['(The new bridge opened on Monday, after two years.)', false],
  ['The 2023/24 Season Opener', false],
  ['Creditors Meet In Town', false],
  ['Photographers at the finish line', false],
  // "Photos by" before words, not a name, is a caption about the photos.
  ['Pictures by local children line the hall', false],
  ['Photos by the sea: bathers at dawn', false],
  ['Pictures by Ana Ruiz', true]
]

describe('isCreditOnly', () => {
  it.each(rows)('%j → %s', (text, expected) => {
    expect(isCreditOnly(text)).toBe(expected)
  })
})
