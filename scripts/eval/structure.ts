/**
 * Structure evaluation: for every `<id>.gold.json` in a folder, parse both
 * `<id>.clean.txt` and `<id>.page.txt` and score headline (exact), captions,
 * headings and paragraphs (precision / recall / F1 of exact normalised matches).
 *
 *   npm run eval -- ../shared/corpus/structure
 *   npm run eval -- ../shared/corpus/structure --show <id> [--kind page]
 *   npm run eval -- ../shared/corpus/structure --in-sample   (skip the cross-validation)
 *
 * First the leave-one-outlet-out scores (./structure-cv.ts), then the
 * in-sample table of the shipped weights. The last three lines printed are
 * the in-sample totals (a blank line, then clean, then page); before them, the
 * same totals for the development and the check half of the outlets (the
 * outlet as cross-validation names it, halved by the HTML table's fixed hash),
 * so that a change developed on one half is checked on the other.
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {parseArticle} from '../../src/index.js'
import type {Article} from '../../src/index.js'
import {addTallies, matchParagraphs, matchTexts, normaliseText, prf, printMisses} from './structure-score.js'
import type {ScoredArticle, StructureGold as Gold, Tally} from './structure-score.js'
import {outletOf} from '../train/load-corpus.js'
import {siteHalf} from './html.js'

/** The gold file fields the evaluation reads. */
type Kind = 'clean' | 'page'
const kinds: readonly Kind[] = ['clean', 'page']

/** One rendering of one article, scored. */
export interface Row extends ScoredArticle {
  kind: Kind
}

/** What the scorer reads of a parse: headline, captions and sections. */
type Scored = Pick<Article, 'headline' | 'captions' | 'sections'>

/** Score one parsed article against its gold annotation. */
export function scoreArticle(id: string, kind: Kind, article: Scored, gold: Gold): Row {
  const goldHeadline = normaliseText(gold.title)
  const predictedHeadline = article.headline ? normaliseText(article.headline.text) : undefined
  return {
    id,
    kind,
    headline: predictedHeadline === goldHeadline,
    predictedHeadline,
    goldHeadline,
    captions: matchTexts(
      article.captions.map((caption) => caption.text),
      gold.captions ?? []
    ),
    headings: matchTexts(
      article.sections.flatMap((section) => (section.heading ? [section.heading.text] : [])),
      gold.sections.flatMap((section) => (section.heading ? [section.heading] : []))
    ),
    paragraphs: matchParagraphs(
      article.sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text)),
      gold.sections.flatMap((section) => section.paragraphs),
      gold.dek ?? []
    )
  }
}

const f2 = (value: number) => value.toFixed(2)
const cell = (tally: Tally) => `${tally.matched}/${tally.predicted}/${tally.gold}`.padEnd(11)

/** The micro-averaged totals of one rendering, on one line. */
export function totalsLine(kind: Kind, rows: readonly Row[]): string {
  const mine = rows.filter((row) => row.kind === kind)
  const headlines = mine.filter((row) => row.headline).length
  const f1 = (field: 'captions' | 'headings' | 'paragraphs') => f2(prf(addTallies(mine.map((row) => row[field]))).f1)
  return `${kind}: headline ${headlines}/${mine.length} captions F1 ${f1('captions')} headings F1 ${f1('headings')} paragraphs F1 ${f1('paragraphs')}`
}

/**
 * Score the parser on a structure folder and print a table per article and
 * the micro-averaged totals as the last three lines.
 *
 * @param folder A folder of `<id>.gold.json` with `<id>.clean.txt` and `<id>.page.txt`.
 * @param args `--show <id>` prints what was missed and extra for that article
 *   (`all` for every article); `--kind clean|page` limits that to one input kind.
 */
export async function evaluateStructure(folder: string, args: string[]): Promise<void> {
  if (!args.includes('--in-sample')) {
    const {evaluateCrossValidated} = await import('./structure-cv.js')
    evaluateCrossValidated(folder, args)
  }
  const show = valueOf(args, '--show')
  const onlyKind = valueOf(args, '--kind')
  const ids = readdirSync(folder)
    .filter((name) => name.endsWith('.gold.json'))
    .map((name) => name.slice(0, -'.gold.json'.length))
    .sort()

  const rows: Row[] = []
  const outlets = new Map<string, string>()
  for (const id of ids) {
    const gold = JSON.parse(readFileSync(join(folder, `${id}.gold.json`), 'utf8')) as Gold & {url?: string | null}
    outlets.set(id, outletOf(id, gold.url))
    for (const kind of kinds) {
      const path = join(folder, `${id}.${kind}.txt`)
      if (!existsSync(path)) continue
      rows.push(scoreArticle(id, kind, parseArticle(readFileSync(path, 'utf8')), gold))
    }
  }

  console.log('article                              kind   head  captions   headings   paragraphs  (matched/predicted/gold)')
  for (const row of rows) {
    console.log(
      `${row.id.padEnd(36)} ${row.kind.padEnd(6)} ${(row.headline ? 'yes' : 'NO').padEnd(5)} ${cell(row.captions)}${cell(row.headings)}${cell(row.paragraphs)}`
    )
  }

  if (show) {
    for (const row of rows) {
      if ((show === 'all' || row.id === show) && (!onlyKind || row.kind === onlyKind)) printMisses(row, row.kind)
    }
  }

  console.log('')
  for (const half of ['development', 'check'] as const) {
    const mine = rows.filter((row) => siteHalf(outlets.get(row.id)!) === half)
    const count = new Set(mine.map((row) => outlets.get(row.id))).size
    for (const kind of kinds) console.log(`${half} half (${count} outlets) ${totalsLine(kind, mine)}`)
  }
  console.log('')
  for (const kind of kinds) console.log(totalsLine(kind, rows))
}

function valueOf(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(name)
  return index >= 0 ? args[index + 1] : undefined
}
