/**
 * Fit the page heading model (`src/structure/heading-weights.json`): which of
 * the lines the rules label headings on a whole page are the story's
 * headings and which are furniture (teaser titles, link lists, sign-up
 * boxes). Fitted on the page renderings of the **development half** of the
 * outlets only, so that the check half stays unseen; the threshold is the
 * one that gives the best heading F1 on the development half. Headings of the
 * hand-checked corpus count `goldWeight` times (as in the labeller's fit).
 *
 *   npx tsx scripts/train/fit-headings.ts               (reads ../shared/corpus/structure and structure-silver)
 *   npx tsx scripts/train/fit-headings.ts <folder> [<folder>…]
 *
 * Deterministic: the same corpus gives the same file, byte for byte.
 */
import {writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {detectFormat} from '../../src/blocks/detect-format.js'
import {headingModel} from '../../src/structure/drop-furniture-headings.js'
import {labelByRules} from '../../src/structure/label-by-rules.js'
import {headingFeatureNames, measureHeadings} from '../../src/structure/measure-headings.js'
import {siteHalf} from '../eval/html.js'
import {alignGold} from './align-gold.js'
import {fitLogistic} from './fit-logistic.js'
import {defaultSettings} from './fit-model.js'
import {loadCorpus} from './load-corpus.js'
import {readUnits} from './measure-corpus.js'

const defaultFolders = ['../shared/corpus/structure', '../shared/corpus/structure-silver']
const folders = process.argv.length > 2 ? process.argv.slice(2) : defaultFolders
/** `goldWeight`: a heading of the hand-checked corpus counts as much as this many of the silver one (as in the labeller's fit). */
const settings = {l2: 1, iterations: 200, goldWeight: defaultSettings.goldWeight}
/** The rules with no heading dropped (a threshold of 0 keeps every heading). */
const keepAll = {...headingModel, threshold: 0}

const rows: Float64Array[] = []
const targets: number[] = []
const weights: number[] = []
let missed = 0
let documents = 0
/** The fewest paragraphs of a training page with headings: the model is not applied to shorter texts. */
let fewestParagraphs = Number.POSITIVE_INFINITY
const outlets = new Set<string>()
for (const document of loadCorpus(folders)) {
  if (document.rendering !== 'page' || siteHalf(document.outlet) !== 'development' || detectFormat(document.text) !== 'text') continue
  documents++
  outlets.add(document.outlet)
  const units = readUnits(document.text)
  const gold = alignGold(units, document.gold)
  const weight = document.folder.endsWith('silver') ? 1 : settings.goldWeight
  const labels = labelByRules(units, keepAll)
  const paragraphs = labels.filter((label) => label === 'paragraph').length
  if (labels.includes('heading')) fewestParagraphs = Math.min(fewestParagraphs, paragraphs)
  for (const [index, features] of measureHeadings(units, labels)) {
    rows.push(Float64Array.from(features))
    targets.push(gold[index] === 'heading' ? 1 : 0)
    weights.push(weight)
  }
  gold.forEach((label, index) => {
    if (label === 'heading' && labels[index] !== 'heading') missed += weight
  })
}
if (rows.length === 0) {
  console.error(`no page headings in the development half of ${folders.join(', ')}`)
  process.exit(2)
}

const width = headingFeatureNames.length
const mean = Array.from({length: width}, (_, feature) => rows.reduce((sum, row) => sum + row[feature]!, 0) / rows.length)
const scale = mean.map((centre, feature) => Math.sqrt(rows.reduce((sum, row) => sum + (row[feature]! - centre) ** 2, 0) / rows.length) || 1)
const fit = fitLogistic(rows, targets, 2, {mean, scale}, {l2: settings.l2, iterations: settings.iterations, unitWeights: weights})
const round = (value: number) => Math.round(value * 1e6) / 1e6
const model = {
  features: [...headingFeatureNames],
  mean: mean.map(round),
  scale: scale.map(round),
  weights: headingFeatureNames.map((_, feature) => round(fit.weights[1]![feature]! - fit.weights[0]![feature]!)),
  bias: round(fit.weights[1]![width]! - fit.weights[0]![width]!),
  threshold: 0,
  minParagraphs: fewestParagraphs
}

// The threshold with the best heading F1 (unit level) on the same rows.
const score = (features: Float64Array) => {
  let value = model.bias
  features.forEach((raw, feature) => (value += (model.weights[feature]! * (raw - model.mean[feature]!)) / model.scale[feature]!))
  return 1 / (1 + Math.exp(-value))
}
const probabilities = rows.map(score)
let best = {threshold: 0, f1: -1}
for (let step = 0; step <= 12; step++) {
  const threshold = step / 20
  let right = 0
  let wrong = 0
  let lost = 0
  probabilities.forEach((probability, row) => {
    const kept = probability >= threshold
    if (kept && targets[row] === 1) right += weights[row]!
    else if (kept) wrong += weights[row]!
    else if (targets[row] === 1) lost += weights[row]!
  })
  const f1 = (2 * right) / (2 * right + wrong + lost + missed)
  if (f1 > best.f1 + 1e-9) best = {threshold, f1}
}
model.threshold = best.threshold

const output = {
  fittedOn: {
    folders: folders.map((folder) => folder.split('/').pop()),
    rendering: 'page',
    half: 'development',
    outlets: outlets.size,
    documents,
    headings: rows.length,
    storyHeadings: targets.filter((target) => target === 1).length
  },
  settings,
  ...model
}
const path = fileURLToPath(new URL('../../src/structure/heading-weights.json', import.meta.url))
writeFileSync(path, `${JSON.stringify(output, null, 1)}\n`)
console.log(`wrote ${path}: ${rows.length} headings from ${documents} pages of ${outlets.size} outlets, threshold ${best.threshold}, at least ${fewestParagraphs} paragraphs (heading F1 ${best.f1.toFixed(3)} on them)`)
