/**
 * Score the parser against a folder of gold files.
 *
 *   npm run eval -- ../shared/corpus/structure   (headline, captions, headings, paragraphs; HTML pages first, beside Readability)
 *   npm run eval -- ../shared/corpus/quotes      (quotes, speakers, cues)
 *   npm run eval -- ../shared/corpus/attribution (content, source, cue by kind; PolNeAR's metric)
 *
 * The kind of folder is told by its files: `<id>.clean.txt` beside
 * `<id>.gold.json` is a structure folder; `<id>.txt` beside a gold file with
 * `attributions` is an attribution folder, with `quotes` a quotes folder.
 */
import {existsSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {join} from 'node:path'

const folder = process.argv[2]
if (!folder || !existsSync(folder) || !statSync(folder).isDirectory()) {
  console.error(`usage: npm run eval -- <folder>\n${folder ? `not a folder: ${folder}` : 'no folder given'}`)
  process.exit(2)
}

const files = readdirSync(folder)
if (files.some((name) => name.endsWith('.clean.txt'))) {
  const {evaluateHtml} = await import('./eval/html.js')
  await evaluateHtml(folder, process.argv.slice(3))
  const {evaluateStructure} = await import('./eval/structure.js')
  await evaluateStructure(folder, process.argv.slice(3))
  await (await import('./eval/fields.js')).evaluateFields(folder, process.argv.slice(3))
} else if (isAttributionFolder(folder, files)) {
  const {evaluateAttribution} = await import('./eval/attribution.js')
  await evaluateAttribution(folder, process.argv.slice(3))
} else if (files.some((name) => name.endsWith('.gold.json'))) {
  const {evaluateQuotes} = await import('./eval/quotes.js')
  await evaluateQuotes(folder, process.argv.slice(3))
} else {
  console.error(`no gold files (*.gold.json) in ${folder}`)
  process.exit(2)
}

/** Whether the folder's first gold file lists `attributions` (the attribution corpus's shape). */
function isAttributionFolder(folder: string, files: readonly string[]): boolean {
  const first = files.find((name) => name.endsWith('.gold.json'))
  if (!first) return false
  const gold = JSON.parse(readFileSync(join(folder, first), 'utf8')) as {attributions?: unknown}
  return Array.isArray(gold.attributions)
}
