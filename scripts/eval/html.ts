/**
 * HTML evaluation: for every `<id>.gold.json` with an `<id>.html` beside it,
 * parse the whole web page with `parseArticle(html, {format: 'html'})` and
 * score headline (exact), captions, headings and paragraphs with the same
 * measures as the plain-text scorer (./structure-score.ts). In the same run,
 * score Mozilla Readability (over linkedom) on the same pages: its `title`,
 * and the `<figcaption>`, `<h2>`–`<h4>` and `<p>` of its extracted content.
 *
 *   npm run eval -- ../shared/corpus/structure          (this table comes before the text tables)
 *   npx tsx scripts/eval/html.ts ../shared/corpus/structure --show <id>|all
 *
 * Then the body check: the word 4-gram measure of the public article-body
 * benchmarks (precision and recall of the multiset of word 4-grams of our
 * headings + paragraphs against the gold's, each averaged over pages, F1 of
 * the two averages), beside Readability's `textContent`, for the development
 * and the check half of the sites apart (see {@link siteHalf}), with the pages
 * scoring F1 0 and the slowest page. Several folders may be given to the
 * script; `npm run eval` gives one.
 *
 *   npx tsx scripts/eval/html.ts ../shared/corpus/structure ../shared/corpus/structure-silver --body
 *
 * Its totals come last (Readability's, then ours), then a blank line.
 */
import {readFileSync, readdirSync, existsSync} from 'node:fs'
import {join} from 'node:path'
import {Readability} from '@mozilla/readability'
import {parseHTML} from 'linkedom'
import {parseArticle} from '../../src/index.js'
import {addTallies, matchParagraphs, matchTexts, normaliseText, prf, printMisses} from './structure-score.js'
import type {ScoredArticle, StructureGold as Gold, Tally} from './structure-score.js'

/** What an extractor found on one page, as plain texts. */
interface Extracted {
  headline: string | undefined
  /** The body as one text: headings and paragraphs (ours), `textContent` (Readability). */
  body: string
  captions: string[]
  headings: string[]
  paragraphs: string[]
  ms: number
}

interface Row extends ScoredArticle {
  ms: number
  /** The word 4-gram tally of the body. */
  body: ShingleTally
  /** The page's site, and which half of the sites it falls in. */
  site: string
  half: Half
}

function ours(html: string): Extracted {
  const start = performance.now()
  const article = parseArticle(html, {format: 'html'})
  const ms = performance.now() - start
  const blocks = article.sections.flatMap((section) => [...(section.heading ? [section.heading.text] : []), ...section.paragraphs.map((paragraph) => paragraph.text)])
  return {
    headline: article.headline?.text,
    body: blocks.join('\n'),
    captions: article.captions.map((caption) => caption.text),
    headings: article.sections.flatMap((section) => (section.heading ? [section.heading.text] : [])),
    paragraphs: article.sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text)),
    ms
  }
}

function readability(html: string): Extracted {
  const start = performance.now()
  const {document} = parseHTML(html)
  const result = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse()
  const ms = performance.now() - start
  if (!result?.content) return {headline: result?.title ?? undefined, body: result?.textContent ?? '', captions: [], headings: [], paragraphs: [], ms}
  const content = parseHTML(`<!doctype html><html><body>${result.content}</body></html>`).document
  const texts = (selector: string) =>
    [...content.querySelectorAll(selector)].map((element) => normaliseText(element.textContent ?? '')).filter(Boolean)
  return {headline: result.title ?? undefined, body: result.textContent ?? '', captions: texts('figcaption'), headings: texts('h2, h3, h4'), paragraphs: texts('p'), ms}
}

function score(id: string, found: Extracted, gold: Gold, site: string): Row {
  const goldHeadline = normaliseText(gold.title)
  const predictedHeadline = found.headline === undefined ? undefined : normaliseText(found.headline)
  return {
    id,
    headline: predictedHeadline === goldHeadline,
    predictedHeadline,
    goldHeadline,
    captions: matchTexts(found.captions, gold.captions ?? []),
    headings: matchTexts(found.headings, gold.sections.flatMap((section) => (section.heading ? [section.heading] : []))),
    paragraphs: matchParagraphs(found.paragraphs, gold.sections.flatMap((section) => section.paragraphs), gold.dek ?? []),
    ms: found.ms,
    body: matchShingles(found.body, goldBody(gold)),
    site,
    half: siteHalf(site)
  }
}

/** The word 4-gram counts behind one page's body score. */
export interface ShingleTally {
  /** 4-grams found in both (as often as in both). */
  readonly shared: number
  /** 4-grams of the prediction. */
  readonly predicted: number
  /** 4-grams of the gold. */
  readonly gold: number
}

const word = /[\p{L}\p{N}_\p{M}]+/gu

/**
 * The word 4-grams of a text as a multiset: words are runs of letters, digits
 * and `_` (Python's `\w+`), a text of fewer than four words is one n-gram of
 * all of them, an empty text none.
 *
 * @example
 *   shingles('a b c d e') // Map {'a b c d' => 1, 'b c d e' => 1}
 */
export function shingles(text: string, size = 4): Map<string, number> {
  const words = text.match(word) ?? []
  const counts = new Map<string, number>()
  for (let index = 0; index < Math.max(1, words.length - size + 1); index++) {
    const shingle = words.slice(index, index + size).join(' ')
    if (shingle) counts.set(shingle, (counts.get(shingle) ?? 0) + 1)
  }
  return counts
}

/** Compare a predicted body with the gold one by their word 4-grams. */
export function matchShingles(predicted: string, gold: string): ShingleTally {
  const mine = shingles(predicted)
  const theirs = shingles(gold)
  let shared = 0
  let predictedCount = 0
  let goldCount = 0
  for (const [shingle, count] of mine) {
    predictedCount += count
    shared += Math.min(count, theirs.get(shingle) ?? 0)
  }
  for (const count of theirs.values()) goldCount += count
  return {shared, predicted: predictedCount, gold: goldCount}
}

/** Precision and recall of one page: both 1 when both sides are empty, 0 when only one is. */
export function shinglePrecisionRecall(tally: ShingleTally): {precision: number; recall: number; f1: number} {
  const precision = tally.predicted === 0 ? (tally.gold === 0 ? 1 : 0) : tally.shared / tally.predicted
  const recall = tally.gold === 0 ? (tally.predicted === 0 ? 1 : 0) : tally.shared / tally.gold
  return {precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)}
}

/** The benchmark's average: precision and recall averaged over pages, F1 of the two averages. */
export function averageShingles(tallies: readonly ShingleTally[]): {precision: number; recall: number; f1: number} {
  let precision = 0
  let recall = 0
  for (const tally of tallies) {
    const page = shinglePrecisionRecall(tally)
    precision += page.precision
    recall += page.recall
  }
  precision /= Math.max(1, tallies.length)
  recall /= Math.max(1, tallies.length)
  return {precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)}
}

function goldBody(gold: Gold): string {
  return gold.sections.flatMap((section) => [...(section.heading ? [section.heading] : []), ...section.paragraphs]).join('\n')
}

/** Which half of the sites a page belongs to: develop on one, check on the other. */
export type Half = 'development' | 'check'

/**
 * The half a site falls in, fixed by a hash of its name (FNV-1a, even =
 * development), so that every page of one site lands in the same half and the
 * split never changes.
 */
export function siteHalf(site: string): Half {
  let hash = 0x811c9dc5
  for (let index = 0; index < site.length; index++) {
    hash ^= site.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash % 2 === 0 ? 'development' : 'check'
}

const secondLevel = /^(?:co|com|org|net|gov|ac)$/

/**
 * A page's site: the name under the public suffix of its gold `url`
 * (`www.bbc.co.uk` → `bbc`, `gma.yahoo.com` → `yahoo`); without a URL, the
 * page id's outlet (`uk-bbc-2024-08-01` → `bbc`) or the id without a trailing
 * number (`webmd-2` → `webmd`).
 */
export function siteOf(id: string, url: string | null | undefined): string {
  const dated = /^[a-z]{2}-([a-z0-9]+)-\d{4}-\d{2}-\d{2}$/.exec(id)
  if (dated) return dated[1]!
  if (url) {
    try {
      const labels = new URL(url).hostname.split('.')
      let index = labels.length - 2
      if (index > 0 && secondLevel.test(labels[index]!) && labels.at(-1)!.length === 2) index--
      if (index >= 0) return labels[index]!
    } catch {
      // Not a URL: fall back on the id.
    }
  }
  return id.replace(/-\d+$/, '')
}

const f2 = (value: number) => value.toFixed(2)
const f3 = (value: number) => value.toFixed(3)
const cell = (tally: Tally) => `${tally.matched}/${tally.predicted}/${tally.gold}`.padEnd(11)

function totals(name: string, rows: readonly Row[]): string {
  const f1 = (field: 'captions' | 'headings' | 'paragraphs') => f2(prf(addTallies(rows.map((row) => row[field]))).f1)
  const headlines = rows.filter((row) => row.headline).length
  const ms = rows.reduce((sum, row) => sum + row.ms, 0) / Math.max(1, rows.length)
  return `${name}: headline ${headlines}/${rows.length} captions F1 ${f1('captions')} headings F1 ${f1('headings')} paragraphs F1 ${f1('paragraphs')} (${ms.toFixed(0)} ms/page)`
}

/**
 * Score HTML input on a structure folder, beside Readability on the same
 * pages. Prints a table per page (ours, then Readability's cells), the body
 * check by half of the sites, and two totals lines, ours last. Does nothing
 * when the folder has no `.html` pages.
 *
 * @param folder A folder of `<id>.gold.json` with `<id>.html`.
 * @param args `--show <id>` (or `all`) prints what was missed and extra;
 *   `--readability` prints Readability's details too; `--body` prints only
 *   the body check; `--half development` (or `check`) limits the per-page
 *   lines to the pages of that half (the totals still cover both), so the
 *   check half can be read in aggregate only.
 */
export async function evaluateHtml(folder: string, args: readonly string[]): Promise<void> {
  const scored = scoreFolder(folder)
  if (scored.mine.length === 0) return
  const only = valueOf(args, '--half') as Half | undefined
  if (!args.includes('--body')) printFields(scored, args, only)
  printBody(folder, scored, only)
  console.log('')
  console.log(totals('html (Readability alone)', scored.theirs))
  console.log(totals('html', scored.mine))
  for (const half of ['development', 'check'] as const) {
    const rows = scored.mine.filter((row) => row.half === half)
    console.log(totals(`html, ${half} half of the sites (${new Set(rows.map((row) => row.site)).size} sites)`, rows))
  }
  console.log('')
}

interface Scored {
  mine: Row[]
  theirs: Row[]
}

function scoreFolder(folder: string): Scored {
  const ids = readdirSync(folder)
    .filter((name) => name.endsWith('.gold.json'))
    .map((name) => name.slice(0, -'.gold.json'.length))
    .filter((id) => existsSync(join(folder, `${id}.html`)))
    .sort()
  const mine: Row[] = []
  const theirs: Row[] = []
  for (const id of ids) {
    const gold = JSON.parse(readFileSync(join(folder, `${id}.gold.json`), 'utf8')) as Gold & {url?: string | null}
    const html = readFileSync(join(folder, `${id}.html`), 'utf8')
    const site = siteOf(id, gold.url)
    mine.push(score(id, ours(html), gold, site))
    theirs.push(score(id, readability(html), gold, site))
  }
  return {mine, theirs}
}

function printFields({mine, theirs}: Scored, args: readonly string[], only: Half | undefined): void {
  const show = valueOf(args, '--show')
  console.log('HTML input                           news-anatomy: head captions   headings   paragraphs | Readability: head captions   headings   paragraphs')
  mine.forEach((row, index) => {
    if (only && row.half !== only) return
    const other = theirs[index]!
    console.log(
      `${row.id.padEnd(36)} ${(row.headline ? 'yes' : 'NO').padEnd(5)}${cell(row.captions)}${cell(row.headings)}${cell(row.paragraphs)} | ${(other.headline ? 'yes' : 'NO').padEnd(5)}${cell(other.captions)}${cell(other.headings)}${cell(other.paragraphs)}`
    )
  })
  if (show) {
    for (const [index, row] of mine.entries()) {
      if ((show !== 'all' && row.id !== show) || (only && row.half !== only)) continue
      printMisses(row, 'news-anatomy')
      if (args.includes('--readability')) printMisses(theirs[index]!, 'Readability')
    }
  }
  console.log('')
}

/** The body check: word 4-gram P/R/F1 by half of the sites, ours beside Readability's, F1-0 pages and the slowest page. */
function printBody(folder: string, {mine, theirs}: Scored, only: Half | undefined): void {
  console.log(`HTML body, word 4-grams (${folder})         pages  news-anatomy P / R / F1      Readability P / R / F1     ours better / worse`)
  for (const half of ['development', 'check', 'all'] as const) {
    const indices = mine.flatMap((row, index) => (half === 'all' || row.half === half ? [index] : []))
    if (indices.length === 0) continue
    const a = averageShingles(indices.map((index) => mine[index]!.body))
    const b = averageShingles(indices.map((index) => theirs[index]!.body))
    let better = 0
    let worse = 0
    for (const index of indices) {
      const difference = shinglePrecisionRecall(mine[index]!.body).f1 - shinglePrecisionRecall(theirs[index]!.body).f1
      if (difference > 0.005) better++
      else if (difference < -0.005) worse++
    }
    console.log(
      `  ${`${half} half`.padEnd(40)} ${String(indices.length).padStart(5)}  ${f3(a.precision)} / ${f3(a.recall)} / ${f3(a.f1)}   ${f3(b.precision)} / ${f3(b.recall)} / ${f3(b.f1)}   ${better} / ${worse}`
    )
  }
  const zero = mine.filter((row) => shinglePrecisionRecall(row.body).f1 === 0 && (!only || row.half === only))
  console.log(`  pages with F1 0: ${zero.length === 0 ? 'none' : zero.map((row) => `${row.id} (${row.half})`).join(', ')}`)
  const low = mine
    .map((row) => ({row, f1: shinglePrecisionRecall(row.body).f1}))
    .filter(({row, f1}) => f1 < 0.8 && (!only || row.half === only))
    .sort((x, y) => x.f1 - y.f1)
  if (low.length > 0) console.log(`  pages under F1 0.8: ${low.map(({row, f1}) => `${row.id} ${f2(f1)} (${row.half})`).join(', ')}`)
  const slowest = mine.reduce((slow, row) => (row.ms > slow.ms ? row : slow))
  const slowestTheirs = theirs.reduce((slow, row) => (row.ms > slow.ms ? row : slow))
  console.log(`  slowest page: ${slowest.id} ${slowest.ms.toFixed(0)} ms (Readability's slowest: ${slowestTheirs.id} ${slowestTheirs.ms.toFixed(0)} ms)`)
}

function valueOf(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(name)
  return index >= 0 ? args[index + 1] : undefined
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2)
  const folders = args.filter((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--show' && args[index - 1] !== '--half')
  if (folders.length === 0 || !folders.every((folder) => existsSync(folder))) {
    console.error('usage: npx tsx scripts/eval/html.ts <folder>... [--body] [--show <id>|all] [--half development|check] [--readability]')
    process.exit(2)
  }
  for (const folder of folders) await evaluateHtml(folder, args.filter((arg) => !folders.includes(arg)))
}
