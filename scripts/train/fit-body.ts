/**
 * Fit the weights that choose the article body among the runs of prose on a
 * page (`runWeights` in `src/structure/body-gap.json`): a conditional logit
 * over each document's runs, the run that holds the most gold paragraphs
 * against the other runs of its document, with an L2 penalty towards the
 * weights it starts from (the run's score alone: the densest run). Plain
 * gradient descent, deterministic.
 *
 * It reports, on the text path per corpus, rendering and half of the
 * outlets, how often the chosen run is the gold one, for the starting
 * weights, the shipped ones, weights fitted on all documents (in sample),
 * leave-one-outlet-out (each outlet scored with weights fitted without it)
 * and weights fitted on the development half only (its check rows are held
 * out).
 *
 *   npx tsx scripts/train/fit-body.ts [--write] [--l2 0.01]
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {detectFormat} from '../../src/blocks/detect-format.js'
import {proseRuns, runFeatures} from '../../src/structure/find-article-body.js'
import type {RunWeights} from '../../src/structure/find-article-body.js'
import bodyGap from '../../src/structure/body-gap.json' with {type: 'json'}
import {labelBeforeHeadline} from '../../src/structure/label-by-rules.js'
import {alignGold} from './align-gold.js'
import {loadCorpus} from './load-corpus.js'
import type {CorpusDocument} from './load-corpus.js'
import {readUnits} from './measure-corpus.js'
import {outletFits, printHalves} from './outlet-fits.js'

/** One document read for training: its runs' features and which run is gold. */
interface Page {
  readonly document: CorpusDocument
  readonly runs: number[][]
  /** Index into `runs` of the run with the most gold paragraphs, or -1 when none holds any. */
  readonly gold: number
}

function readPage(document: CorpusDocument): Page {
  const units = readUnits(document.text)
  const gold = alignGold(units, document.gold)
  const {labels} = labelBeforeHeadline(units)
  const runs = proseRuns(units, labels)
  let best = -1
  let most = 0
  runs.forEach((run, index) => {
    let paragraphs = 0
    for (let unit = run.start; unit < run.end; unit++) if (gold[unit] === 'paragraph') paragraphs++
    if (paragraphs > most) {
      most = paragraphs
      best = index
    }
  })
  return {document, runs: runs.map(runFeatures), gold: best}
}

const score = (row: readonly number[], weights: RunWeights) => row.reduce((sum, value, place) => sum + value * weights[place]!, 0)

/** Fit by gradient descent on the mean negative log-likelihood plus `l2`·|w − start|². */
function fit(pages: readonly Page[], start: RunWeights, l2: number, steps = 3000, rate = 0.2): number[] {
  const usable = pages.filter((page) => page.gold >= 0 && page.runs.length > 1)
  const weights = [...start]
  for (let step = 0; step < steps; step++) {
    const gradient = weights.map((value, place) => 2 * l2 * (value - start[place]!))
    for (const page of usable) {
      const scores = page.runs.map((row) => score(row, weights))
      const top = Math.max(...scores)
      const exps = scores.map((value) => Math.exp(value - top))
      const total = exps.reduce((sum, value) => sum + value, 0)
      page.runs.forEach((row, run) => {
        const share = exps[run]! / total - (run === page.gold ? 1 : 0)
        row.forEach((value, place) => (gradient[place]! += (share * value) / usable.length))
      })
    }
    weights.forEach((value, place) => (weights[place] = value - rate * gradient[place]!))
  }
  return weights.map((value) => Number(value.toFixed(4)))
}

/** Whether the weights choose the gold run (the first of equal scores, as the search does). */
function right(page: Page, weights: RunWeights): boolean {
  let chosen = -1
  let top = -Infinity
  page.runs.forEach((row, run) => {
    if (score(row, weights) > top) {
      top = score(row, weights)
      chosen = run
    }
  })
  return page.gold >= 0 && chosen === page.gold
}

const argv = process.argv.slice(2)
const l2 = argv.includes('--l2') ? Number(argv[argv.indexOf('--l2') + 1]) : 0.01
const documents = loadCorpus(['../shared/corpus/structure', '../shared/corpus/structure-silver']).filter((document) => detectFormat(document.text) === 'text')
const pages = documents.map(readPage)
/** The densest run: its score alone. */
const start: RunWeights = runFeatures({start: 0, end: 1, score: 1, lines: 1}).map((_, place) => (place === 0 ? 1 : 0))
const {all, development, held} = outletFits(pages, (some) => fit(some, start, l2), right)

const columns = [
  ['densest', (page: Page) => right(page, start)],
  ['shipped', (page: Page) => right(page, bodyGap.runWeights)],
  ['in-sample', (page: Page) => right(page, all)],
  ['held-out', (page: Page) => held.get(page) === true],
  ['dev-fit', (page: Page) => right(page, development)]
] as const
console.log('text path; body run right / documents with a gold run')
printHalves(pages, columns, (page) => page.gold >= 0)
console.log('fitted on all:', JSON.stringify(all))
console.log('fitted on the development half:', JSON.stringify(development))
if (argv.includes('--write')) {
  const path = 'src/structure/body-gap.json'
  const file = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
  writeFileSync(path, `${JSON.stringify({...file, runWeights: all}, undefined, 2)}\n`)
}
