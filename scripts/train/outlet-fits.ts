/**
 * What the search fitters (fit-body.ts, fit-headline.ts) share: one fit on
 * every document, one on the development half of the outlets, one per
 * outlet on all the others (each document then judged by the fold that left
 * its outlet out), and the table of right counts by corpus, rendering and
 * half that both print.
 */
import {siteHalf} from '../eval/html.js'
import type {CorpusDocument} from './load-corpus.js'

/** Weights fitted three ways, and whether each document is right with the fold that left its outlet out. */
export interface OutletFits<P, W> {
  readonly all: W
  readonly development: W
  readonly held: Map<P, boolean>
}

/** Fit on all of `pages`, on the development half, and once per outlet left out. */
export function outletFits<P extends {readonly document: CorpusDocument}, W>(
  pages: readonly P[],
  fit: (pages: readonly P[]) => W,
  right: (page: P, weights: W) => boolean
): OutletFits<P, W> {
  const held = new Map<P, boolean>()
  for (const outlet of new Set(pages.map((page) => page.document.outlet))) {
    const weights = fit(pages.filter((page) => page.document.outlet !== outlet))
    for (const page of pages) if (page.document.outlet === outlet) held.set(page, right(page, weights))
  }
  return {all: fit(pages), development: fit(pages.filter((page) => siteHalf(page.document.outlet) === 'development')), held}
}

/**
 * Print, for each corpus, rendering and half, how many of the counted pages
 * each column gets right (`extra` adds a last cell of its own).
 */
export function printHalves<P extends {readonly document: CorpusDocument}>(
  pages: readonly P[],
  columns: ReadonlyArray<readonly [name: string, right: (page: P) => boolean]>,
  counted: (page: P) => boolean = () => true,
  extra?: readonly [name: string, cell: (pages: readonly P[]) => string]
): void {
  console.log('folder'.padEnd(17), 'half '.padEnd(6), 'kind '.padEnd(6), columns.map(([name]) => name.padStart(10)).join(' '), ...(extra ? [extra[0].padStart(10)] : []))
  for (const folder of ['structure', 'structure-silver']) {
    for (const kind of ['clean', 'page']) {
      for (const half of ['development', 'check', 'all']) {
        const mine = pages.filter((page) => counted(page) && page.document.folder === folder && page.document.rendering === kind && (half === 'all' || siteHalf(page.document.outlet) === half))
        const cells = columns.map(([, test]) => `${mine.filter(test).length}/${mine.length}`.padStart(10))
        console.log(folder.padEnd(17), half.slice(0, 5).padEnd(6), kind.padEnd(6), cells.join(' '), ...(extra ? [extra[1](mine).padStart(10)] : []))
      }
    }
  }
}
