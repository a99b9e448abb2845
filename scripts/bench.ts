/**
 * Benchmark: parseArticle against compromise's `nlp(text)` and parse-english
 * alone, on the reference article and the development corpus; the HTML path
 * against Readability over linkedom; scaling; cold start; peak memory for a
 * 10 MB input; browser bundle size; the playground's first parse in Chromium.
 *
 *   npm run bench               # print the report
 *   npm run bench -- --write    # also write it to BENCHMARKS.md
 *   npm run bench -- --html     # only the HTML table (sources only, no build needed)
 *   npm run bench -- --playground   # only the playground's first parse in Chromium
 *
 * `npm run bench` builds first: cold start, memory and bundle size measure
 * the built package (dist/), the rest measures the sources through tsx.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {gzipSync} from 'node:zlib'
import {Readability} from '@mozilla/readability'
import nlp from 'compromise'
import {build} from 'esbuild'
import {parseHTML} from 'linkedom'
import {ParseEnglish} from 'parse-english'
import {Bench} from 'tinybench'
import {parseArticle} from '../src/index.js'
import {playgroundTimes} from './bench/playground.js'

const root = path.resolve(fileURLToPath(import.meta.url), '../..')
const fixturePath = path.join(root, 'test/fixtures/voa-taliban-al-qaida/input.txt')
const corpus = process.env.NEWS_ANATOMY_CORPUS ?? path.resolve(root, '../shared/corpus')
const write = process.argv.includes('--write')
const quick = process.argv.includes('--quick')
const htmlOnly = process.argv.includes('--html')
const playgroundOnly = process.argv.includes('--playground')
const out: string[] = []

function say(line = ''): void {
  out.push(line)
  console.log(line)
}

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): void {
  say(`| ${header.join(' | ')} |`)
  say(`| ${header.map((_, index) => (index === 0 ? '---' : '---:')).join(' | ')} |`)
  for (const row of rows) say(`| ${row.join(' | ')} |`)
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2))
const kb = (chars: number) => chars / 1024
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** Mean time in ms of each task on one input, measured side by side in one Bench. */
async function measure(tasks: Record<string, () => unknown>, time: number, iterations: number): Promise<Record<string, number>> {
  const bench = new Bench({time, iterations, warmupTime: Math.min(time, 100), warmupIterations: 2})
  for (const [name, task] of Object.entries(tasks)) bench.add(name, task)
  await bench.run()
  const result: Record<string, number> = {}
  for (const task of bench.tasks) {
    const taskResult = task.result as {latency?: {mean: number}; error?: unknown} | undefined
    if (!taskResult?.latency) throw new Error(`task ${task.name} failed: ${String(taskResult?.error)}`)
    result[task.name] = taskResult.latency.mean
  }
  return result
}

function machine(): void {
  const cpu = os.cpus()[0]?.model ?? 'unknown'
  say(`- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`)
  say(`- Machine: ${os.availableParallelism()} CPUs (nproc), ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${os.platform()} ${os.release()}`)
  say(`- Node ${process.version}; compromise ${packageVersion('compromise')}, parse-english ${packageVersion('parse-english')}`)
  say('- Command: `npm run bench -- --write` (`npm run bench` prints without writing)')
}

function packageVersion(name: string): string {
  const entry = fileURLToPath(import.meta.resolve(name))
  let dir = path.dirname(entry)
  while (!existsSync(path.join(dir, 'package.json')) || !dir.endsWith(name)) dir = path.dirname(dir)
  return (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {version: string}).version
}

/** The reference article and the corpus texts (skipped with a note when the corpus is absent). */
function articles(): Array<{name: string; text: string}> {
  const list = [{name: 'VOA reference (fixture)', text: readFileSync(fixturePath, 'utf8')}]
  for (const [folder, suffix] of [['structure', '.clean.txt'], ['quotes', '.txt']] as const) {
    const dir = path.join(corpus, folder)
    if (!existsSync(dir)) {
      say(`> Note: ${dir} is absent; its articles are skipped.`)
      continue
    }
    for (const file of readdirSync(dir).filter((name) => name.endsWith(suffix) && !name.endsWith('.page.txt')).sort()) {
      list.push({name: `${folder}/${file.slice(0, -suffix.length)}`, text: readFileSync(path.join(dir, file), 'utf8')})
    }
  }
  return list
}

async function perArticle(): Promise<void> {
  say('## Per article')
  say()
  say('Mean time per call, each task measured side by side on the same text (tinybench).')
  say('`nlp(text)` is what the target is set against: compromise tokenises and tags the whole text on construction.')
  say('`nlp(text).json()` adds the step that turns its result into data, as `parseArticle` returns data; it is shown for reference.')
  say('`parse-english` alone is the floor for tokenising into paragraphs, sentences and words.')
  say()
  say('Every task first runs once over every article, so the first row is timed with code as warm as the last (without it, the first article timed parseArticle while V8 was still compiling most of it: about twice its steady time).')
  say()
  const english = new ParseEnglish()
  const rows: string[][] = []
  const totals = {chars: 0, ours: 0, nlp: 0, json: 0, english: 0}
  const ratios: number[] = []
  const list = articles()
  for (const {text} of list) {
    parseArticle(text)
    nlp(text).json()
    english.parse(text)
  }
  for (const {name, text} of list) {
    const times = await measure(
      {
        parseArticle: () => parseArticle(text),
        nlp: () => nlp(text),
        nlpJson: () => nlp(text).json(),
        parseEnglish: () => english.parse(text)
      },
      quick ? 50 : 250,
      quick ? 3 : 10
    )
    const ratio = times.parseArticle! / times.nlp!
    ratios.push(ratio)
    totals.chars += text.length
    totals.ours += times.parseArticle!
    totals.nlp += times.nlp!
    totals.json += times.nlpJson!
    totals.english += times.parseEnglish!
    rows.push([
      name,
      kb(text.length).toFixed(1),
      ms(times.parseArticle!),
      ms(times.nlp!),
      ms(times.nlpJson!),
      ms(times.parseEnglish!),
      ratio.toFixed(3)
    ])
  }
  table(['article', 'KB', 'parseArticle ms', 'nlp(text) ms', 'nlp(text).json() ms', 'parse-english ms', 'parseArticle / nlp'], rows)
  say()
  const rate = (time: number) => `${(kb(totals.chars) / (time / 1000)).toFixed(0)} KB/s`
  table(
    ['all articles', 'total ms', 'throughput', 'ratio to nlp(text)'],
    [
      ['parseArticle', ms(totals.ours), rate(totals.ours), (totals.ours / totals.nlp).toFixed(3)],
      ['nlp(text)', ms(totals.nlp), rate(totals.nlp), '1.000'],
      ['nlp(text).json()', ms(totals.json), rate(totals.json), (totals.json / totals.nlp).toFixed(3)],
      ['parse-english', ms(totals.english), rate(totals.english), (totals.english / totals.nlp).toFixed(3)]
    ]
  )
  say()
  say(
    `**parseArticle / nlp(text): ${(totals.ours / totals.nlp).toFixed(3)} over all ${rows.length} articles ` +
      `(median per article ${median(ratios).toFixed(3)}, worst ${Math.max(...ratios).toFixed(3)}); target ≤ 0.25.**`
  )
  say()
}

/** Our HTML path against Mozilla Readability over linkedom, on the corpus web pages. */
async function htmlPages(): Promise<void> {
  say('## HTML input')
  say()
  const dir = path.join(corpus, 'structure')
  const pages = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.html')).sort() : []
  if (pages.length === 0) {
    say(`> Note: no web pages under ${dir}; skipped.`)
    say()
    return
  }
  say('Whole web pages: `parseArticle(html, {format: \'html\'})` against `new Readability(parseHTML(html).document).parse()` (linkedom builds the DOM; its time is included, as ours includes parsing the HTML).')
  say()
  say('Both tasks first run once over every page, so the first page is timed as warm as the last.')
  say()
  const rows: string[][] = []
  let chars = 0
  let ours = 0
  let theirs = 0
  const htmls = pages.map((file) => readFileSync(path.join(dir, file), 'utf8'))
  for (const html of htmls) {
    parseArticle(html, {format: 'html'})
    new Readability(parseHTML(html).document as unknown as ConstructorParameters<typeof Readability>[0]).parse()
  }
  for (const [index, file] of pages.entries()) {
    const html = htmls[index]!
    const times = await measure(
      {
        parseArticle: () => parseArticle(html, {format: 'html'}),
        readability: () =>
          new Readability(parseHTML(html).document as unknown as ConstructorParameters<typeof Readability>[0]).parse()
      },
      quick ? 50 : 250,
      quick ? 3 : 8
    )
    chars += html.length
    ours += times.parseArticle!
    theirs += times.readability!
    rows.push([file.replace(/\.html$/, ''), kb(html.length).toFixed(0), ms(times.parseArticle!), ms(times.readability!), (times.parseArticle! / times.readability!).toFixed(2)])
  }
  rows.push(['**all pages**', kb(chars).toFixed(0), ms(ours), ms(theirs), (ours / theirs).toFixed(2)])
  table(['page', 'KB', 'parseArticle(html) ms', 'Readability + linkedom ms', 'ratio'], rows)
  say()
  say(`Throughput: ours ${(kb(chars) / (ours / 1000)).toFixed(0)} KB/s, Readability + linkedom ${(kb(chars) / (theirs / 1000)).toFixed(0)} KB/s.`)
  say()
}

async function scaling(): Promise<void> {
  say('## Scaling')
  say()
  say('The reference article repeated k times (joined by a blank line). Linear means time(×k) / time(×1) ≈ k.')
  say()
  const fixture = readFileSync(fixturePath, 'utf8')
  const rows: string[][] = []
  let base = 0
  for (const times of [1, 10, 100]) {
    const text = Array.from({length: times}, () => fixture).join('\n\n')
    const result = await measure({parseArticle: () => parseArticle(text)}, times === 100 ? 0 : 300, times === 100 ? 3 : 8)
    const time = result.parseArticle!
    if (times === 1) base = time
    rows.push([`×${times}`, kb(text.length).toFixed(0), ms(time), (time / base).toFixed(1), `${(kb(text.length) / (time / 1000)).toFixed(0)} KB/s`])
  }
  table(['input', 'KB', 'parseArticle ms', 'time / time(×1)', 'throughput'], rows)
  say()
}

/** Time of fresh `node` processes, via hyperfine when installed, else the median of spawned runs. */
function coldStart(): void {
  say('## Cold start')
  say()
  const dist = path.join(root, 'dist/index.js')
  const dir = mkdtempSync(path.join(os.tmpdir(), 'news-anatomy-bench-'))
  try {
    const ours = path.join(dir, 'ours.mjs')
    const theirs = path.join(dir, 'compromise.mjs')
    const read = `import {readFileSync} from 'node:fs'\nconst text = readFileSync(${JSON.stringify(fixturePath)}, 'utf8')\n`
    const light = path.join(dir, 'light.mjs')
    writeFileSync(ours, `${read}const {parseArticle} = await import(${JSON.stringify(dist)})\nparseArticle(text)\n`)
    const withEntities = path.join(dir, 'ours-entities.mjs')
    writeFileSync(withEntities, `${read}const {parseArticle} = await import(${JSON.stringify(dist)})\nvoid parseArticle(text).entities\n`)
    writeFileSync(light, `${read}const {parseArticle} = await import(${JSON.stringify(path.join(root, 'dist/text.js'))})\nparseArticle(text)\n`)
    writeFileSync(theirs, `${read}const {default: nlp} = await import(${JSON.stringify(import.meta.resolve('compromise'))})\nnlp(text)\n`)
    const commands = {
      'import news-anatomy (dist) + parseArticle(fixture)': [process.execPath, ours],
      'import news-anatomy (dist) + parseArticle(fixture) + entities read (tagger set up)': [process.execPath, withEntities],
      'import news-anatomy/text (dist) + parseArticle(fixture), tagger not loaded': [process.execPath, light],
      'import compromise + nlp(fixture)': [process.execPath, theirs],
      'news-anatomy --version (dist/cli)': [process.execPath, path.join(root, 'dist/cli/index.js'), '--version'],
      'node -e 0 (bare Node start)': [process.execPath, '-e', '0']
    }
    const runs = quick ? 5 : 20
    const results: Record<string, number> = {}
    const hyperfine = spawnSync('hyperfine', ['--version'], {encoding: 'utf8'})
    if (hyperfine.status === 0) {
      const json = path.join(dir, 'hyperfine.json')
      const args = ['-N', '--warmup', '3', '--runs', String(runs), '--export-json', json, '--style', 'none']
      for (const command of Object.values(commands)) args.push(command.map((part) => (part.includes(' ') ? `"${part}"` : part)).join(' '))
      execFileSync('hyperfine', args, {stdio: 'ignore'})
      const data = JSON.parse(readFileSync(json, 'utf8')) as {results: Array<{median: number}>}
      Object.keys(commands).forEach((name, index) => (results[name] = data.results[index]!.median * 1000))
      say(`Median of ${runs} runs each with ${hyperfine.stdout.trim()} (\`-N\`, 3 warm-up runs).`)
    } else {
      for (const [name, [command, ...args]] of Object.entries(commands)) {
        const samples: number[] = []
        for (let run = 0; run < runs + 2; run++) {
          const start = performance.now()
          execFileSync(command!, args, {stdio: 'ignore'})
          if (run >= 2) samples.push(performance.now() - start)
        }
        results[name] = median(samples)
      }
      say(`Median of ${runs} spawned runs each (hyperfine not installed).`)
    }
    say()
    const bare = results['node -e 0 (bare Node start)']!
    table(
      ['process', 'median ms', 'minus bare Node start'],
      Object.entries(results).map(([name, time]) => [name, ms(time), ms(time - bare)])
    )
    say()
    const oursTime = results['import news-anatomy (dist) + parseArticle(fixture)']!
    const lightTime = results['import news-anatomy/text (dist) + parseArticle(fixture), tagger not loaded']!
    const theirTime = results['import compromise + nlp(fixture)']!
    const versionTime = results['news-anatomy --version (dist/cli)']!
    const entitiesTime = results['import news-anatomy (dist) + parseArticle(fixture) + entities read (tagger set up)']!
    say(
      `news-anatomy / compromise: ${(oursTime / theirTime).toFixed(2)} (**${((oursTime - bare) / (theirTime - bare)).toFixed(2)} beyond bare Node start**; aim ≤ 0.5; ` +
        `the tagger is set up on the first read of \`entities\`: with it, ${((entitiesTime - bare) / (theirTime - bare)).toFixed(2)}).`
    )
    say(
      `news-anatomy/text / compromise: ${(lightTime / theirTime).toFixed(2)} (**${((lightTime - bare) / (theirTime - bare)).toFixed(2)} beyond bare Node start**; aim ≤ 0.5). ` +
        `\`news-anatomy --version\`: **${ms(versionTime - bare)} ms beyond bare Node** (aim ≤ 150).`
    )
    say()
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}

function memory(): void {
  say('## Memory')
  say()
  const dist = path.join(root, 'dist/index.js')
  const script = `import {readFileSync} from 'node:fs'
const {parseArticle} = await import(${JSON.stringify(dist)})
const fixture = readFileSync(${JSON.stringify(fixturePath)}, 'utf8')
let text = ''
while (text.length < 10 * 1024 * 1024) text += fixture + '\\n\\n'
const before = process.resourceUsage().maxRSS
const article = parseArticle(text)
const paragraphs = article.sections.reduce((sum, section) => sum + section.paragraphs.length, 0)
console.log(JSON.stringify({chars: text.length, before, after: process.resourceUsage().maxRSS, paragraphs}))
`
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8', maxBuffer: 1 << 20})
  if (result.status !== 0) throw new Error(`memory run failed: ${result.stderr}`)
  const {chars, before, after, paragraphs} = JSON.parse(result.stdout) as {chars: number; before: number; after: number; paragraphs: number}
  say(
    `Peak RSS of a fresh process parsing a ${(chars / 2 ** 20).toFixed(1)} MB input (the reference article repeated; ${paragraphs} paragraphs): ` +
      `**${(after / 1024).toFixed(0)} MB** (${(before / 1024).toFixed(0)} MB before parsing, with the input built). ` +
      'Measured with `process.resourceUsage().maxRSS`; target < 500 MB.'
  )
  say()
}

/** KiB min+gzip of an app that bundles `source` for the browser with code splitting: the first chunk, and all chunks (lazy ones included). */
async function splitBundle(source: string): Promise<{first: number; all: number}> {
  const result = await build({
    stdin: {contents: source, resolveDir: root},
    bundle: true,
    splitting: true,
    outdir: path.join(os.tmpdir(), 'news-anatomy-bench-bundle'),
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    logLevel: 'silent'
  })
  const size = (code: Uint8Array) => gzipSync(code).length / 1024
  const first = result.outputFiles.find((file) => file.path.endsWith('stdin.js'))!
  return {first: size(first.contents), all: result.outputFiles.reduce((sum, file) => sum + size(file.contents), 0)}
}

async function bundleSize(): Promise<void> {
  say('## Browser bundle')
  say()
  say('Each entry bundled by esbuild as an app would (platform browser, minified, code splitting, dependencies included); KiB min+gzip. The light entries load the name tagger (compromise) in a lazy chunk on `load()`.')
  say()
  const rows: string[][] = []
  for (const entry of ['index', 'text', 'html', 'markdown']) {
    const {first, all} = await splitBundle(`export {parseArticle, load} from ${JSON.stringify(path.join(root, `dist/${entry}.js`))}`)
    rows.push([entry === 'index' ? '`news-anatomy`' : `\`news-anatomy/${entry}\``, first.toFixed(1), all.toFixed(1)])
  }
  table(['entry', 'first chunk KiB', 'with the lazy tagger KiB'], rows)
  say()
  say('Aims: text-only ≤ 150 KiB, everything ≤ 250 KiB.')
  say()
}

async function playground(): Promise<void> {
  say('## Playground')
  say()
  const loads = quick ? 3 : 9
  const times = await playgroundTimes(root, readFileSync(fixturePath, 'utf8'), loads)
  if (typeof times === 'string') {
    say(`Not measured: ${times}.`)
    say()
    return
  }
  say(`The reference article pasted into the built playground in headless Chromium, ${loads} fresh page loads, each after the page's own warm-up: the page's parse time (\`parseArticle\` and \`entities\`). Beside it, the same build in Node: ${loads} fresh processes, the same warm-up, the same parse.`)
  say()
  const row = (name: string, values: readonly number[]) => [name, ms(median(values)), ms(Math.min(...values)), ms(Math.max(...values))]
  table(['where', 'median ms', 'fastest ms', 'slowest ms'], [row('Chromium, first parse after load', times.browser), row('Node, first parse after warm-up', times.node)])
  say()
  say(`Chromium / Node: ${(median(times.browser) / median(times.node)).toFixed(2)}. Aim: under 100 ms in the browser.`)
  say()
}

async function main(): Promise<void> {
  if (htmlOnly) {
    machine()
    say()
    await htmlPages()
    return
  }
  if (!existsSync(path.join(root, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` (npm run bench does)')
  if (playgroundOnly) {
    machine()
    say()
    await playground()
    return
  }
  say('# Benchmarks')
  say()
  machine()
  say()
  await perArticle()
  await htmlPages()
  await scaling()
  coldStart()
  memory()
  await bundleSize()
  await playground()
  if (write) {
    writeFileSync(path.join(root, 'BENCHMARKS.md'), `${out.join('\n').trimEnd()}\n`)
    console.log('\nwrote BENCHMARKS.md')
  }
}

await main()
