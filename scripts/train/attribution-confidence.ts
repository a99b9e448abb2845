/**
 * Fit the confidence of attributions on the development half of the
 * attribution corpus and write `src/attribution/confidence-weights.ts`.
 *
 * For every prediction the parser makes on the development publishers'
 * articles, "right" means: its words match an annotated attribution (or are a
 * fragment of one, by the eval's metric) and its speaker mention overlaps the
 * annotated source where there is one. The confidence of a cell (rule ×
 * mention shape × quote kind) is its Laplace-smoothed share of right
 * predictions, (right + 1) / (all + 2); cells with fewer than `minCell`
 * predictions are left out and fall back to the rule's share, then the overall
 * one. The check half is never read here; `npm run eval` reports how well the
 * table holds on it.
 *
 *   npx tsx scripts/train/attribution-confidence.ts ../shared/corpus/attribution
 */
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {tokenize} from '../../src/attribution/tokenize.js'
import {mentionShape} from '../../src/attribution/attribution-confidence.js'
import {articleOutcomes, developmentPublishers, type Gold} from '../eval/attribution.js'

const minCell = 20
const folder = process.argv[2] ?? '../shared/corpus/attribution'
const target = new URL('../../src/attribution/confidence-weights.ts', import.meta.url)

const cells = new Map<string, {right: number; all: number}>()
const rules = new Map<string, {right: number; all: number}>()
const overall = {right: 0, all: 0}
const bump = (map: Map<string, {right: number; all: number}>, key: string, right: boolean) => {
  const entry = map.get(key) ?? map.set(key, {right: 0, all: 0}).get(key)!
  entry.all++
  if (right) entry.right++
}

const ids = readdirSync(folder).filter((name) => name.endsWith('.gold.json')).map((name) => name.slice(0, -'.gold.json'.length)).sort()
let articles = 0
for (const id of ids) {
  const gold = JSON.parse(readFileSync(join(folder, `${id}.gold.json`), 'utf8')) as Gold
  if (!developmentPublishers.includes(gold.publisher)) continue
  articles++
  const text = readFileSync(join(folder, `${id}.txt`), 'utf8')
  for (const {quote, right} of articleOutcomes(text, gold.attributions)) {
    const attribution = quote.attribution
    if (!attribution?.evidence) continue
    const mention = attribution.speaker.mention
    const tokens = mention ? tokenize(mention.text) : []
    const shape = mention ? mentionShape(tokens, {first: 0, last: tokens.length}) : 'none'
    bump(cells, `${attribution.evidence}|${shape}|${quote.kind}`, right)
    bump(rules, attribution.evidence, right)
    overall.all++
    if (right) overall.right++
  }
}

const rate = ({right, all}: {right: number; all: number}) => Math.round(((right + 1) / (all + 2)) * 1000) / 1000
const sorted = (map: Map<string, {right: number; all: number}>, min: number) =>
  [...map].filter(([, entry]) => entry.all >= min).sort(([a], [b]) => (a < b ? -1 : 1))
const lines = (map: Map<string, {right: number; all: number}>, min: number) =>
  sorted(map, min).map(([key, entry]) => `    '${key}': ${rate(entry)}, // ${entry.right}/${entry.all}`).join('\n').replace(/,( \/\/[^\n]*)$/, '$1')

writeFileSync(
  target,
  `/**
 * Fitted confidence of attributions (see \`attributionConfidence\`): per rule ×
 * mention shape × quote kind, the Laplace-smoothed share of the parser's
 * attributions that were right (words and speaker mention) on PolNeAR v1.0.0
 * train, development half (${developmentPublishers.join(', ')}; ${articles}
 * articles, ${overall.all} attributions). Written by
 * \`scripts/train/attribution-confidence.ts\`; do not edit by hand. Cells with fewer
 * than ${minCell} attributions fall back to the rule's share, then \`prior\`.
 */
export const confidenceWeights: {
  readonly prior: number
  readonly byEvidence: Readonly<Record<string, number>>
  readonly cells: Readonly<Record<string, number>>
} = {
  prior: ${rate(overall)},
  byEvidence: {
${lines(rules, 1)}
  },
  cells: {
${lines(cells, minCell)}
  }
}
`
)
console.log(`fitted on ${articles} articles, ${overall.all} attributions; right ${(overall.right / overall.all).toFixed(3)}`)
