/**
 * One digest of the parser's whole output over every corpus input, to prove
 * that a refactor or a speed-up changes nothing: run it before and after, and
 * compare the two lines.
 *
 * Every `.txt` and `.html` file under `../shared/corpus` (gold files aside) is
 * parsed with `parseArticle` (format `auto`, and `html` for `.html`), `entities`
 * is read, and the JSON of each article is hashed in a fixed order. With a
 * second argument, each input's own digest is written there one per line, so
 * two runs can be compared file by file (`diff`).
 *
 *   npx tsx scripts/eval/digest.ts [../shared/corpus] [per-file-list]
 */
import {createHash} from 'node:crypto'
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {parseArticle} from '../../src/index.js'

const root = process.argv[2] ?? '../shared/corpus'
const perFile = process.argv[3]

if (!existsSync(root)) {
  console.error(`digest: no corpus at ${root} (it lives in ../shared/corpus; skipped)`)
  process.exit(0)
}

/** Every input file under `folder`, sorted, gold files left out. */
function inputs(folder: string): string[] {
  const found: string[] = []
  for (const entry of readdirSync(folder, {withFileTypes: true})) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) found.push(...inputs(path))
    else if (/\.(txt|html)$/.test(entry.name)) found.push(path)
  }
  return found.sort()
}

const whole = createHash('sha256')
const lines: string[] = []
const files = inputs(root)
for (const file of files) {
  const text = readFileSync(file, 'utf8')
  const article = parseArticle(text, {format: file.endsWith('.html') ? 'html' : 'auto'})
  const json = JSON.stringify({...article, entities: article.entities})
  const digest = createHash('sha256').update(json).digest('hex').slice(0, 16)
  whole.update(digest)
  lines.push(`${digest} ${relative(root, file)}`)
}
if (perFile) writeFileSync(perFile, lines.join('\n') + '\n')
console.log(`${whole.digest('hex').slice(0, 16)} over ${files.length} inputs`)
