/**
 * Outlet-level cross-validation report for feature work: measure both
 * structure corpora once, then fit one fold per outlet (or per group of
 * outlets with `--groups K`) from zero with the shipped settings, on the other
 * outlets only, and score every held-out document. Prints, per folder and
 * rendering, the fitted labeller's held-out totals and the rule labeller's
 * totals on exactly the same units (and the hybrid's: the rules with the
 * fold's model, see `src/structure/label-hybrid.ts`), then what gold captions and headings
 * were labelled and what the predicted ones were in the gold (unit level);
 * `--errors` lists the units behind them.
 *
 *   npx tsx scripts/train/cv-report.ts [--groups 8] [--cache <folder>] [--errors caption,heading] [--limit 40]
 */
import {createLocator} from '../../src/locate.js'
import {buildStructure} from '../../src/structure/build-article.js'
import {featureNames} from '../../src/structure/features/feature-list.js'
import type {Label} from '../../src/structure/label.js'
import {heldOutLabels} from '../eval/structure-cv.js'
import {scoreArticle, totalsLine} from '../eval/structure.js'
import type {Row} from '../eval/structure.js'
import {siteHalf} from '../eval/html.js'
import {crossValidate, outletFolds} from './cross-validate.js'
import {defaultSettings} from './fit-model.js'
import {loadCorpus, renderings} from './load-corpus.js'
import {measureCorpus} from './measure-corpus.js'

const folders = ['../shared/corpus/structure', '../shared/corpus/structure-silver']
const args = process.argv.slice(2)
const errorsOf = args.includes('--errors') ? (args[args.indexOf('--errors') + 1]!.split(',') as Label[]) : []
const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : 40
const groups = args.includes('--groups') ? Number(args[args.indexOf('--groups') + 1]) : undefined
const cache = args.includes('--cache') ? args[args.indexOf('--cache') + 1] : undefined

const started = Date.now()
const documents = measureCorpus(loadCorpus(folders))
const measured = Date.now()
const onFold = (done: number, folds: number) => process.stderr.write(`fold ${done}/${folds} at ${((Date.now() - measured) / 1000).toFixed(0)} s\n`)
const results = crossValidate(documents, () => true, defaultSettings, {...(groups === undefined ? {} : {groups}), ...(cache === undefined ? {} : {cache}), onFold})
const folds = outletFolds(documents.map((entry) => entry.document.outlet), groups).length
console.log(`measured in ${((measured - started) / 1000).toFixed(0)} s, cross-validated in ${((Date.now() - measured) / 1000).toFixed(0)} s; ${featureNames.length} features; ${folds} folds of outlets, each fitted from zero (${defaultSettings.iterations} iterations)`)

for (const folder of ['structure', 'structure-silver']) {
  const mine = results.filter((entry) => entry.document.document.folder === folder)
  const rows: Row[] = mine.map((entry) => scoreArticle(entry.document.document.id, entry.document.document.rendering, entry.structure, entry.document.document.gold))
  // The rules on the same units of the same documents (nothing is fitted, so no fold), and the hybrid with the fold's model.
  const rowsOf = (labeller: 'hybrid' | 'rules'): Row[] =>
    mine.map((entry) => {
      const document = entry.document
      const structure = buildStructure(document.units, heldOutLabels(entry)[labeller], createLocator(document.document.text))
      return scoreArticle(document.document.id, document.document.rendering, structure, document.document.gold)
    })
  const rules = rowsOf('rules')
  const hybrid = rowsOf('hybrid')
  for (const kind of renderings) {
    console.log(`${folder.padEnd(17)} fitted ${totalsLine(kind, rows)}`)
    console.log(`${folder.padEnd(17)} hybrid ${totalsLine(kind, hybrid)}`)
    console.log(`${folder.padEnd(17)} rules  ${totalsLine(kind, rules)}`)
  }
  // The same totals for the development and the check half of the outlets (the eval's fixed hash).
  const halfOf = (row: Row) => siteHalf(mine.find((entry) => entry.document.document.id === row.id)!.document.document.outlet)
  for (const half of ['development', 'check'] as const) {
    for (const kind of renderings) {
      console.log(`${folder.padEnd(17)} ${half.slice(0, 5)} fitted ${totalsLine(kind, rows.filter((row) => halfOf(row) === half))}`)
      console.log(`${folder.padEnd(17)} ${half.slice(0, 5)} hybrid ${totalsLine(kind, hybrid.filter((row) => halfOf(row) === half))}`)
      console.log(`${folder.padEnd(17)} ${half.slice(0, 5)} rules  ${totalsLine(kind, rules.filter((row) => halfOf(row) === half))}`)
    }
  }
}

/** Unit-level confusions of one label, per folder and rendering. */
for (const focus of ['caption', 'heading'] as const) {
  for (const folder of ['structure', 'structure-silver']) {
    for (const kind of renderings) {
      const mine = results.filter((entry) => entry.document.document.folder === folder && entry.document.document.rendering === kind)
      const missed = new Map<string, number>()
      const extra = new Map<string, number>()
      let right = 0
      for (const entry of mine) {
        entry.labels.forEach((label, index) => {
          const gold = entry.document.labels[index]!
          if (gold === focus && label === focus) right++
          else if (gold === focus) missed.set(label, (missed.get(label) ?? 0) + 1)
          else if (label === focus) extra.set(gold, (extra.get(gold) ?? 0) + 1)
        })
      }
      const list = (counts: Map<string, number>) => [...counts].sort((a, b) => b[1] - a[1]).map(([label, count]) => `${label} ${count}`).join(', ')
      console.log(`${focus} ${folder} ${kind}: right ${right}; gold ${focus} labelled ${list(missed) || '-'}; predicted ${focus} was ${list(extra) || '-'}`)
    }
  }
}

for (const focus of errorsOf) {
  let shown = 0
  for (const entry of results) {
    entry.labels.forEach((label, index) => {
      const gold = entry.document.labels[index]!
      if ((gold === focus) === (label === focus) || shown >= limit) return
      shown++
      const document = entry.document.document
      const text = entry.document.units[index]!.text.replace(/\s+/g, ' ').slice(0, 110)
      console.log(`${document.folder === 'structure' ? 'S' : 's'} ${document.rendering.padEnd(5)} ${document.id.slice(0, 18).padEnd(18)} gold ${gold.padEnd(10)} got ${label.padEnd(10)} ${text}`)
    })
  }
}
