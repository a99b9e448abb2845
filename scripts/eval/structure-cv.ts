/**
 * Leave-one-outlet-out scores of the structure labeller: every outlet of the
 * folder is labelled by weights fitted from zero, with the shipped settings,
 * on every other outlet of both structure corpora (`structure` and
 * `structure-silver`, siblings of the folder), then scored as the in-sample
 * table is. One fit per outlet (about 15 s each); `--cv-groups K` deals the
 * outlets into K folds instead, for a quicker figure that is as honest.
 *
 *   npm run eval -- ../shared/corpus/structure   (printed before the in-sample table)
 */
import {basename, dirname, join} from 'node:path'
import {parseArticle} from '../../src/index.js'
import {crossValidate} from '../train/cross-validate.js'
import {defaultSettings} from '../train/fit-model.js'
import {loadCorpus, renderings} from '../train/load-corpus.js'
import {measureCorpus} from '../train/measure-corpus.js'
import {printMisses} from './structure-score.js'
import {scoreArticle, totalsLine} from './structure.js'
import type {Row} from './structure.js'

/** The structure corpora trained on together. */
const corpusFolders = ['structure', 'structure-silver']

/**
 * Print the cross-validated totals per rendering for `folder`, and with
 * `--show <id>|all` what each held-out article missed.
 */
export function evaluateCrossValidated(folder: string, args: readonly string[]): void {
  const name = basename(folder.replace(/\/+$/, ''))
  const folders = corpusFolders.includes(name) ? corpusFolders.map((entry) => join(dirname(folder), entry)) : [folder]
  const started = Date.now()
  const all = loadCorpus(folders)
  const documents = measureCorpus(all)
  const held = all.filter((document) => document.folder === name)
  const groups = args.includes('--cv-groups') ? Number(args[args.indexOf('--cv-groups') + 1]) : undefined
  const results = crossValidate(documents, (entry) => entry.document.folder === name, defaultSettings, groups === undefined ? {} : {groups})
  const rows: Row[] = []
  for (const document of held) {
    const result = results.find((entry) => entry.document.document === document)
    // A page the format detector reads as HTML takes the HTML path, where nothing is fitted.
    const parsed = result ? result.structure : parseArticle(document.text)
    rows.push(scoreArticle(document.id, document.rendering, parsed, document.gold))
  }
  const outlets = new Set(held.map((document) => document.outlet)).size
  const scheme = groups === undefined ? 'leave one outlet out' : `${groups} folds of outlets`
  console.log(`cross-validated, ${scheme}, each fold fitted from zero (${outlets} outlets of ${name}, fitted on ${folders.map((entry) => basename(entry)).join(' + ')}; ${((Date.now() - started) / 1000).toFixed(0)} s)`)
  const show = args[args.indexOf('--show') + 1]
  if (args.includes('--show') && show) {
    for (const row of rows) if (show === 'all' || row.id === show) printMisses(row, `${row.kind}, held out`)
  }
  for (const kind of renderings) console.log(`cv ${totalsLine(kind, rows)}`)
  console.log('')
}

