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
  captions: string[]
  headings: string[]
  paragraphs: string[]
  ms: number
}

interface Row extends ScoredArticle {
  ms: number
}

function ours(html: string): Extracted {
  const start = performance.now()
  const article = parseArticle(html, {format: 'html'})
  const ms = performance.now() - start
  return {
    headline: article.headline?.text,
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
  if (!result?.content) return {headline: result?.title ?? undefined, captions: [], headings: [], paragraphs: [], ms}
  const content = parseHTML(`<!doctype html><html><body>${result.content}</body></html>`).document
  const texts = (selector: string) =>
    [...content.querySelectorAll(selector)].map((element) => normaliseText(element.textContent ?? '')).filter(Boolean)
  return {headline: result.title ?? undefined, captions: texts('figcaption'), headings: texts('h2, h3, h4'), paragraphs: texts('p'), ms}
}

function score(id: string, found: Extracted, gold: Gold): Row {
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
    ms: found.ms
  }
}

const f2 = (value: number) => value.toFixed(2)
const cell = (tally: Tally) => `${tally.matched}/${tally.predicted}/${tally.gold}`.padEnd(11)

function totals(name: string, rows: readonly Row[]): string {
  const f1 = (field: 'captions' | 'headings' | 'paragraphs') => f2(prf(addTallies(rows.map((row) => row[field]))).f1)
  const headlines = rows.filter((row) => row.headline).length
  const ms = rows.reduce((sum, row) => sum + row.ms, 0) / Math.max(1, rows.length)
  return `${name}: headline ${headlines}/${rows.length} captions F1 ${f1('captions')} headings F1 ${f1('headings')} paragraphs F1 ${f1('paragraphs')} (${ms.toFixed(0)} ms/page)`
}

/**
 * Score HTML input on a structure folder, beside Readability on the same
 * pages. Prints a table per page (ours, then Readability's cells) and two
 * totals lines, ours last. Does nothing when the folder has no `.html` pages.
 *
 * @param folder A folder of `<id>.gold.json` with `<id>.html`.
 * @param args `--show <id>` (or `all`) prints what was missed and extra;
 *   `--readability` prints Readability's details too.
 */
export async function evaluateHtml(folder: string, args: readonly string[]): Promise<void> {
  const show = valueOf(args, '--show')
  const ids = readdirSync(folder)
    .filter((name) => name.endsWith('.gold.json'))
    .map((name) => name.slice(0, -'.gold.json'.length))
    .filter((id) => existsSync(join(folder, `${id}.html`)))
    .sort()
  if (ids.length === 0) return

  const mine: Row[] = []
  const theirs: Row[] = []
  for (const id of ids) {
    const gold = JSON.parse(readFileSync(join(folder, `${id}.gold.json`), 'utf8')) as Gold
    const html = readFileSync(join(folder, `${id}.html`), 'utf8')
    mine.push(score(id, ours(html), gold))
    theirs.push(score(id, readability(html), gold))
  }

  console.log('HTML input                           news-anatomy: head captions   headings   paragraphs | Readability: head captions   headings   paragraphs')
  mine.forEach((row, index) => {
    const other = theirs[index]!
    console.log(
      `${row.id.padEnd(36)} ${(row.headline ? 'yes' : 'NO').padEnd(5)}${cell(row.captions)}${cell(row.headings)}${cell(row.paragraphs)} | ${(other.headline ? 'yes' : 'NO').padEnd(5)}${cell(other.captions)}${cell(other.headings)}${cell(other.paragraphs)}`
    )
  })
  if (show) {
    for (const [index, row] of mine.entries()) {
      if (show !== 'all' && row.id !== show) continue
      printMisses(row, 'news-anatomy')
      if (args.includes('--readability')) printMisses(theirs[index]!, 'Readability')
    }
  }
  console.log('')
  console.log(totals('html (Readability alone)', theirs))
  console.log(totals('html', mine))
  console.log('')
}

function valueOf(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(name)
  return index >= 0 ? args[index + 1] : undefined
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const folder = process.argv[2]
  if (!folder || !existsSync(folder)) {
    console.error('usage: npx tsx scripts/eval/html.ts <folder> [--show <id>|all] [--readability]')
    process.exit(2)
  }
  await evaluateHtml(folder, process.argv.slice(3))
}
