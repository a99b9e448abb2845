import {readFileSync} from 'node:fs'
import {describe, it} from 'vitest'
import {corpusPages, expectCutTreeAsWhole} from '../html/cut-tree-pages.js'

// Every corpus page (the unit suite takes one in eight): the HTML parser's cut of scripts' and styles' raw text
// gives the tree of the page read whole. The corpora live outside the project; without them this says so and skips.
const pages = corpusPages()

describe.skipIf(pages.length === 0)(`parseCutTree on every corpus page (${pages.length > 0 ? `${pages.length} pages` : 'skipped: ../shared/corpus is absent'})`, () => {
  it.each(pages)('%s: read cut when it has raw text, the tree of the page read whole', (page) => {
    expectCutTreeAsWhole(readFileSync(page, 'utf8'))
  }, 60_000)
})
