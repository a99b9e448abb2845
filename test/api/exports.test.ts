import {expect, it} from 'vitest'
import * as api from '../../src/index.js'

// Pins the runtime API: adding or removing an export must be a deliberate
// change to this list (and to the README's API section).
it('exports exactly the public API', () => {
  expect(Object.keys(api).sort()).toEqual(['parseArticle', 'toHtml', 'toMarkdown', 'toText'])
})

it('exports functions', () => {
  expect(typeof api.parseArticle).toBe('function')
  expect(typeof api.toText).toBe('function')
  expect(typeof api.toHtml).toBe('function')
})
