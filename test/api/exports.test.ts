import {describe, expect, it} from 'vitest'
import * as html from '../../src/html.js'
import * as api from '../../src/index.js'
import * as markdown from '../../src/markdown.js'
import * as text from '../../src/text.js'

// Pins the runtime API of every entry point: adding or removing an export
// must be a deliberate change to this list (and to the README's API section).
const entries = {'news-anatomy': api, 'news-anatomy/text': text, 'news-anatomy/html': html, 'news-anatomy/markdown': markdown}

describe.each(Object.entries(entries))('%s', (_name, entry) => {
  it('exports exactly the public API', () => {
    expect(Object.keys(entry).sort()).toEqual(['articleJsonChunks', 'load', 'parseArticle', 'parseArticleAsync', 'toHtml', 'toMarkdown', 'toText'])
  })

  it('exports functions', () => {
    for (const value of Object.values(entry)) expect(typeof value).toBe('function')
  })
})
