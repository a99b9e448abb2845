/**
 * Leave-one-outlet-out scores of the structure labellers that use fitted
 * weights: every outlet of the folder is labelled by weights fitted from
 * zero, with the shipped settings, on every other outlet of both structure
 * corpora (`structure` and `structure-silver`, siblings of the folder), then
 * scored as the in-sample table is. Three labellers on the same units:
 * `fitted` (the model and its decoder alone), `hybrid` (the rules, with the
 * fold's model settling the lines the rules leave to it, see
 * `src/structure/label-hybrid.ts`) and `rules` (nothing fitted, so no fold:
 * their figure here is the in-sample one, and as honest). Totals for every
 * outlet, then for the development and the check half.
 *
 * One fit per outlet (about 15 s each); `--cv-groups K` deals the outlets
 * into K folds instead, for a quicker figure that is as honest;
 * `--cv-cache <folder>` keeps the folds' models to read them again.
 *
 *   npm run eval -- ../shared/corpus/structure   (printed before the in-sample table)
 */
import {basename, dirname, join} from 'node:path'
import {parseArticle} from '../../src/index.js'
import {createLocator} from '../../src/locate.js'
import {buildStructure} from '../../src/structure/build-article.js'
import type {Label} from '../../src/structure/label.js'
import {readByRules} from '../../src/structure/label-by-rules.js'
import {modelCandidates, settleFurniture} from '../../src/structure/label-hybrid.js'
import {crossValidate} from '../train/cross-validate.js'
import type {HeldOutResult} from '../train/cross-validate.js'
import {defaultSettings} from '../train/fit-model.js'
import {loadCorpus, renderings} from '../train/load-corpus.js'
import type {CorpusDocument} from '../train/load-corpus.js'
import {furnitureModelOf} from '../train/furniture-model-of.js'
import {measureCorpus} from '../train/measure-corpus.js'
import {siteHalf} from './html.js'
import {printMisses} from './structure-score.js'
import {scoreArticle, totalsLine} from './structure.js'
import type {Row} from './structure.js'

/** The structure corpora trained on together. */
const corpusFolders = ['structure', 'structure-silver']

/** The labellers scored held out, by the name printed before their totals. */
export const heldOutLabellers = ['fitted', 'hybrid', 'rules'] as const
export type HeldOutLabeller = (typeof heldOutLabellers)[number]

/** Each labeller's labels for one held-out document: its fold's model, the rules, and the rules settled by the fold's model. */
export function heldOutLabels(result: HeldOutResult): Record<HeldOutLabeller, readonly Label[]> {
  const reading = readByRules(result.document.units)
  const units = result.document.units
  const hybrid = settleFurniture(units, reading, modelCandidates(units, reading), result.document.rows, furnitureModelOf(result.model))
  return {fitted: result.labels, hybrid, rules: reading.labels}
}

/**
 * Score every held-out document of `name` with every labeller (a page the
 * format detector reads as HTML takes the HTML path, where nothing is
 * fitted, for all three).
 */
export function scoreHeldOut(held: readonly CorpusDocument[], results: readonly HeldOutResult[]): Record<HeldOutLabeller, Row[]> {
  const rows: Record<HeldOutLabeller, Row[]> = {fitted: [], hybrid: [], rules: []}
  for (const document of held) {
    const result = results.find((entry) => entry.document.document === document)
    const labelled = result ? heldOutLabels(result) : undefined
    for (const labeller of heldOutLabellers) {
      const parsed = result && labelled
        ? labeller === 'fitted'
          ? result.structure
          : buildStructure(result.document.units, labelled[labeller], createLocator(document.text))
        : parseArticle(document.text)
      rows[labeller].push(scoreArticle(document.id, document.rendering, parsed, document.gold))
    }
  }
  return rows
}

/**
 * Print the cross-validated totals per labeller, rendering and half for
 * `folder`, and with `--show <id>|all` what each held-out article missed
 * under the hybrid labeller.
 */
export function evaluateCrossValidated(folder: string, args: readonly string[]): void {
  const name = basename(folder.replace(/\/+$/, ''))
  const folders = corpusFolders.includes(name) ? corpusFolders.map((entry) => join(dirname(folder), entry)) : [folder]
  const started = Date.now()
  const all = loadCorpus(folders)
  const documents = measureCorpus(all)
  const held = all.filter((document) => document.folder === name)
  const groups = args.includes('--cv-groups') ? Number(args[args.indexOf('--cv-groups') + 1]) : undefined
  const cache = args.includes('--cv-cache') ? args[args.indexOf('--cv-cache') + 1] : undefined
  const options = {...(groups === undefined ? {} : {groups}), ...(cache === undefined ? {} : {cache})}
  const results = crossValidate(documents, (entry) => entry.document.folder === name, defaultSettings, options)
  const rows = scoreHeldOut(held, results)
  const outlets = new Map(held.map((document) => [document.id, document.outlet]))
  const scheme = groups === undefined ? 'leave one outlet out' : `${groups} folds of outlets`
  console.log(`cross-validated, ${scheme}, each fold fitted from zero (${new Set(outlets.values()).size} outlets of ${name}, fitted on ${folders.map((entry) => basename(entry)).join(' + ')}; ${((Date.now() - started) / 1000).toFixed(0)} s)`)
  const show = args[args.indexOf('--show') + 1]
  if (args.includes('--show') && show) {
    for (const row of rows.hybrid) if (show === 'all' || row.id === show) printMisses(row, `${row.kind}, hybrid, held out`)
  }
  for (const half of ['development', 'check'] as const) {
    for (const labeller of heldOutLabellers) {
      const mine = rows[labeller].filter((row) => siteHalf(outlets.get(row.id)!) === half)
      for (const kind of renderings) console.log(`cv ${half.slice(0, 5)} ${labeller.padEnd(6)} ${totalsLine(kind, mine)}`)
    }
  }
  for (const labeller of heldOutLabellers) {
    for (const kind of renderings) console.log(`cv ${labeller.padEnd(6)} ${totalsLine(kind, rows[labeller])}`)
  }
  console.log('')
}
