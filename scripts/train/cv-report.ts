/**
 * Leave-one-outlet-out report for feature work: measure both structure
 * corpora once, fit on everything (as `npm run train` does), then fit one
 * fold per outlet from that start and score every held-out document. Prints
 * the cross-validated table of both folders and, per folder and rendering,
 * what gold captions and headings were labelled and what the predicted ones
 * were in the gold (unit level); `--errors` lists the units behind them.
 *
 *   npx tsx scripts/train/cv-report.ts [--errors caption,heading] [--limit 40]
 */
import {featureNames} from '../../src/structure/features/feature-list.js'
import type {Label} from '../../src/structure/label.js'
import {scoreArticle, totalsLine} from '../eval/structure.js'
import type {Row} from '../eval/structure.js'
import {corpusSummary} from './corpus-summary.js'
import {crossValidate} from './cross-validate.js'
import {defaultSettings, fitModel} from './fit-model.js'
import {loadCorpus, renderings} from './load-corpus.js'
import {measureCorpus} from './measure-corpus.js'

const folders = ['../shared/corpus/structure', '../shared/corpus/structure-silver']
const args = process.argv.slice(2)
const errorsOf = args.includes('--errors') ? (args[args.indexOf('--errors') + 1]!.split(',') as Label[]) : []
const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : 40

const started = Date.now()
const documents = measureCorpus(loadCorpus(folders))
const measured = Date.now()
const full = fitModel(documents, {features: featureNames, corpus: corpusSummary(documents), settings: defaultSettings})
const results = crossValidate(documents, () => true, defaultSettings, full)
console.log(`measured in ${((measured - started) / 1000).toFixed(0)} s, cross-validated in ${((Date.now() - measured) / 1000).toFixed(0)} s; ${featureNames.length} features`)

for (const folder of ['structure', 'structure-silver']) {
  const mine = results.filter((entry) => entry.document.document.folder === folder)
  const rows: Row[] = mine.map((entry) => scoreArticle(entry.document.document.id, entry.document.document.rendering, entry.structure, entry.document.document.gold))
  for (const kind of renderings) console.log(`${folder.padEnd(17)} ${totalsLine(kind, rows)}`)
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
