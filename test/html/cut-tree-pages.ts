import {existsSync, readdirSync} from 'node:fs'
import {expect} from 'vitest'
import {findRawText} from '../../src/blocks/html/find-raw-text.js'
import {parseCutTree, parseTree, parseWholeTree} from '../../src/blocks/html/parse-tree.js'

/** The HTML pages of the structure corpora (`../shared/corpus`), or none when the corpora are absent. */
export function corpusPages(): string[] {
  const corpus = new URL('../../../shared/corpus/', import.meta.url).pathname
  const folders = ['structure', 'structure-silver'].map((name) => corpus + name + '/').filter((folder) => existsSync(folder))
  return folders.flatMap((folder) => readdirSync(folder).filter((name) => name.endsWith('.html')).map((name) => folder + name))
}

/** A page with raw text is read cut, and its tree is the one the page read whole gives. */
export function expectCutTreeAsWhole(html: string): void {
  const tree = parseCutTree(html)
  expect(tree !== undefined).toBe(findRawText(html).length > 0)
  // Compared as JSON (the same keys in the same order, every value equal): a deep toEqual of two whole-page trees
  // took most of the time.
  expect(JSON.stringify(tree ?? parseTree(html))).toBe(JSON.stringify(parseWholeTree(html)))
}
