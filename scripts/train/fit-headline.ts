/**
 * Fit the headline scorer's weights (`src/structure/headline-weights.json`):
 * a conditional logit over each page's candidate lines, the gold headline
 * against the other candidates of its page, with an L2 penalty. Plain
 * gradient descent from the hand-set weights, deterministic.
 *
 * It reports headline accuracy on the text path, per corpus, rendering and
 * half of the outlets, for the hand-set weights it starts from, the
 * shipped weights, weights fitted on all documents (in sample),
 * leave-one-outlet-out (each outlet scored with weights fitted without it)
 * and weights fitted on the development half of the outlets only (its
 * check rows are held out).
 *
 *   npx tsx scripts/train/fit-headline.ts [--write] [--l2 0.01]
 */
import {writeFileSync} from 'node:fs'
import {detectFormat} from '../../src/blocks/detect-format.js'
import type {Unit} from '../../src/blocks/group-repeats.js'
import {findHeadline, isCandidate} from '../../src/structure/find-headline.js'
import type {HeadlineWeights} from '../../src/structure/find-headline.js'
import {headlineContext, headlineFeatureNames, headlineFeatures, headlineWindow} from '../../src/structure/headline-features.js'
import shipped from '../../src/structure/headline-weights.json' with {type: 'json'}
import {labelBeforeHeadline} from '../../src/structure/label-by-rules.js'
import type {Label} from '../../src/structure/label.js'
import {siteHalf} from '../eval/html.js'
import {normaliseText} from '../eval/structure-score.js'
import {loadCorpus} from './load-corpus.js'
import type {CorpusDocument} from './load-corpus.js'
import {readUnits} from './measure-corpus.js'
import {outletFits, printHalves} from './outlet-fits.js'

/** One page read for training: its candidates' features and which one is gold. */
interface Page {
  readonly document: CorpusDocument
  readonly units: readonly Unit[]
  readonly labels: ReadonlyArray<Label | undefined>
  readonly bodyStart: number
  readonly candidates: number[][]
  /** Index into `candidates` of the gold headline, or -1 when no candidate is. */
  readonly gold: number
  readonly goldTitle: string
}

function readPage(document: CorpusDocument): Page {
  const units = readUnits(document.text)
  const {labels, body} = labelBeforeHeadline(units)
  const context = headlineContext(units, body.start)
  const goldTitle = normaliseText(document.gold.title ?? '')
  const candidates: number[][] = []
  let gold = -1
  for (let index = Math.min(body.start, units.length - 1); index >= Math.max(0, body.start - headlineWindow); index--) {
    if (!isCandidate(units[index]!, labels[index])) continue
    if (gold < 0 && normaliseText(units[index]!.text) === goldTitle) gold = candidates.length
    candidates.push(headlineFeatures(context, index))
  }
  return {document, units, labels, bodyStart: body.start, candidates, gold, goldTitle}
}

function toVector(weights: HeadlineWeights): number[] {
  return headlineFeatureNames.map((name) => weights[name])
}

function toWeights(vector: readonly number[]): HeadlineWeights {
  return Object.fromEntries(headlineFeatureNames.map((name, place) => [name, Number(vector[place]!.toFixed(4))])) as HeadlineWeights
}

/** Fit by gradient descent on the mean negative log-likelihood plus `l2`·|w − start|². */
function fit(pages: readonly Page[], start: readonly number[], l2: number, steps = 3000, rate = 2): number[] {
  const usable = pages.filter((page) => page.gold >= 0 && page.candidates.length > 1)
  const weights = [...start]
  const width = weights.length
  for (let step = 0; step < steps; step++) {
    const gradient = weights.map((value, place) => 2 * l2 * (value - start[place]!))
    for (const page of usable) {
      const scores = page.candidates.map((row) => row.reduce((sum, value, place) => sum + value * weights[place]!, 0))
      const top = Math.max(...scores)
      const exps = scores.map((score) => Math.exp(score - top))
      const total = exps.reduce((sum, value) => sum + value, 0)
      page.candidates.forEach((row, candidate) => {
        const share = exps[candidate]! / total - (candidate === page.gold ? 1 : 0)
        for (let place = 0; place < width; place++) gradient[place]! += (share * row[place]!) / usable.length
      })
    }
    for (let place = 0; place < width; place++) weights[place]! -= rate * gradient[place]!
  }
  return weights
}

function right(page: Page, weights: HeadlineWeights): boolean {
  const found = findHeadline(page.units, page.labels, page.bodyStart, weights)
  return found !== undefined && normaliseText(page.units[found]!.text) === page.goldTitle
}

const argv = process.argv.slice(2)
const l2 = argv.includes('--l2') ? Number(argv[argv.indexOf('--l2') + 1]) : 0.01
const documents = loadCorpus(['../shared/corpus/structure', '../shared/corpus/structure-silver']).filter((document) => detectFormat(document.text) === 'text')
const pages = documents.map(readPage)
/** The search before fitting: topic overlap, a byline below, 0.01 less per line above the body. Fits start from it and are drawn to it. */
const handSet: HeadlineWeights = {...toWeights(headlineFeatureNames.map(() => 0)), topicOverlap: 1, bylineBelow: 0.5, distance: -0.01 * headlineWindow}
const start = toVector(handSet)
const {all, development, held} = outletFits(pages, (some) => toWeights(fit(some, start, l2)), right)

const columns = [
  ['hand-set', (page: Page) => right(page, handSet)],
  ['shipped', (page: Page) => right(page, shipped.weights)],
  ['in-sample', (page: Page) => right(page, all)],
  ['held-out', (page: Page) => held.get(page) === true],
  ['dev-fit', (page: Page) => right(page, development)]
] as const
console.log('text path; headline right / pages (gold among candidates)')
printHalves(pages, columns, undefined, ['reachable', (mine) => String(mine.filter((page) => page.gold >= 0).length)])
console.log('fitted on all:', JSON.stringify(all))
console.log('fitted on the development half:', JSON.stringify(development))
if (argv.includes('--write')) {
  // The weights alone: the shipped object reaches every browser, and nothing reads a note at run time (find-headline.ts says where they come from).
  writeFileSync('src/structure/headline-weights.json', `${JSON.stringify({weights: all}, null, 2)}\n`)
}
if (argv.includes('--misses')) {
  for (const page of pages) {
    if (held.get(page) !== false || page.document.rendering !== 'page') continue
    const found = findHeadline(page.units, page.labels, page.bodyStart, all)
    const half = siteHalf(page.document.outlet).slice(0, 5)
    console.log(`\n${half} ${page.document.folder} ${page.document.id} body@${page.bodyStart} gold#${page.gold} of ${page.candidates.length}`)
    console.log('  picked:', found === undefined ? '-' : `@${found} ${page.units[found]!.text.slice(0, 90)}`)
    console.log('  gold  :', page.goldTitle.slice(0, 90))
    if (page.gold >= 0) console.log('  gold features', page.candidates[page.gold]!.map((value) => value.toFixed(2)).join(' '))
  }
}
