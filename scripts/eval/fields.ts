/**
 * Field evaluation: the byline's authors against the gold `authors`, for the
 * page text and the HTML of every article (the clean texts carry no byline), split by outlet
 * into a development half and a check half (a fixed hash of the outlet name
 * decides, so the halves never change). Authors are compared as normalised
 * names, case aside; an article whose gold names no author counts only its
 * predictions.
 *
 *   npm run eval -- ../shared/corpus/structure          (printed after the structure tables)
 *   npx tsx scripts/eval/fields.ts <folder> [--show dev|check|all]
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {parseArticle} from '../../src/index.js'
import {addTallies, matchTexts, normaliseText, prf} from './structure-score.js'
import type {MatchResult} from './structure-score.js'

type Half = 'dev' | 'check'
const inputs = [
  ['page', '.page.txt', 'text'],
  ['html', '.html', 'html']
] as const

/**
 * The outlet of an article id: `us-apnews-2023-04-28` → `us-apnews`,
 * `nytimes-3` → `nytimes`, `medium-1` → `medium`.
 */
export function outletOf(id: string): string {
  return id.replace(/-\d{4}-\d{2}-\d{2}$/, '').replace(/-\d+$/, '')
}

/** The half an outlet belongs to: a fixed FNV-1a hash of its name, even → development. */
export function halfOf(outlet: string): Half {
  let hash = 0x811c9dc5
  for (let index = 0; index < outlet.length; index++) hash = Math.imul(hash ^ outlet.charCodeAt(index), 0x01000193) >>> 0
  return hash % 2 === 0 ? 'dev' : 'check'
}

const name = (text: string) => normaliseText(text).toLowerCase()

interface Row {
  id: string
  input: string
  half: Half
  authors: MatchResult
}

/**
 * Score the byline's authors on a structure folder and print the totals per
 * half and input kind, then (with `--show`) what was missed and extra.
 */
export async function evaluateFields(folder: string, args: readonly string[]): Promise<void> {
  const show = args.includes('--show') ? args[args.indexOf('--show') + 1] : undefined
  const ids = readdirSync(folder)
    .filter((file) => file.endsWith('.gold.json'))
    .map((file) => file.slice(0, -'.gold.json'.length))
    .sort()
  const rows: Row[] = []
  for (const id of ids) {
    const gold = JSON.parse(readFileSync(join(folder, `${id}.gold.json`), 'utf8')) as {authors?: string[]}
    for (const [input, suffix, format] of inputs) {
      const path = join(folder, `${id}${suffix}`)
      if (!existsSync(path)) continue
      const article = parseArticle(readFileSync(path, 'utf8'), {format})
      rows.push({id, input, half: halfOf(outletOf(id)), authors: matchTexts((article.byline?.authors ?? []).map(name), (gold.authors ?? []).map(name))})
    }
  }
  console.log('')
  for (const half of ['dev', 'check'] as const) {
    const mine = rows.filter((row) => row.half === half)
    const outlets = new Set(mine.map((row) => outletOf(row.id))).size
    const cells = inputs.map(([input]) => {
      const tally = addTallies(mine.filter((row) => row.input === input).map((row) => row.authors))
      const {precision, recall, f1} = prf(tally)
      return `${input} P/R/F1 ${precision.toFixed(2)}/${recall.toFixed(2)}/${f1.toFixed(2)} (${tally.matched}/${tally.predicted}/${tally.gold})`
    })
    console.log(`authors ${half} (${outlets} outlets): ${cells.join('  ')}`)
  }
  if (show) {
    for (const row of rows) {
      if (show !== 'all' && row.half !== show) continue
      if (row.authors.missed.length === 0 && row.authors.extra.length === 0) continue
      console.log(`${row.id} ${row.input}: missed ${JSON.stringify(row.authors.missed)} extra ${JSON.stringify(row.authors.extra)}`)
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const folder = process.argv[2]
  if (!folder || !existsSync(folder)) {
    console.error('usage: npx tsx scripts/eval/fields.ts <folder> [--show dev|check|all]')
    process.exit(2)
  }
  await evaluateFields(folder, process.argv.slice(3))
}
