// The large robustness runs that `npm test` keeps small (issue 12):
//
//   npm run stress                 everything below
//   npm run stress -- fuzz [n]     n generated cases per format (default 100,000), every position checked
//   npm run stress -- growth [MB]  each pathological shape at doubling sizes up to MB (default 8): CPU seconds
//                                  per MB and the ratio per doubling (aims: ≤ 5 s/MB, ≤ 2.2×)
//   npm run stress -- stages [MB]  live heap and peak RSS after each stage, per format (default 10 MB; not in the default run;
//                                  one shape alone, after a run has bundled it: node --expose-gc .cache/stress/stress.mjs --stages '<shape>' <bytes>):
//                                  JSON written through articleJsonChunks to /dev/null, then (apart) as one JSON.stringify string
//   npm run stress -- cli [MB]     peak RSS of the built command (its worker included) on MB of article-like text (default 10),
//                                  JSON written to a file (-o), to a pipe, as one JSON line (--format jsonl), compact,
//                                  from --stdin-jsonl, and MB of article-like HTML and Markdown
//   npm run stress -- sha1 [MB]    sha1 of parseArticle's JSON (entities read) on MB of article-like text, HTML and Markdown:
//                                  a before/after check that a memory change keeps the output byte-identical
//   npm run stress -- memory       peak RSS at 10 MB of text, HTML and Markdown (entities read, JSON written through
//                                  articleJsonChunks)
//                                  and at 8 MB of the worst shapes (aims: ≤ 200 / 300 MB, nothing above 1 GB)
//
// Each growth, memory and stages case runs in its own process, so one case's heap never counts for another, and in
// plain node: this script bundled by esbuild as the build bundles the library (dependencies external, compromise's
// trimmed tagger of dist/compromise-tagger.js), written to .cache/stress/ on each run. Under tsx, its loader and
// esbuild were some 80 MB of every child's RSS before the first stage. The command's cases run the built command
// (dist/cli, built first when stale).
// Inputs are generated from invented words; nothing is read from the corpora.
import {execFileSync} from 'node:child_process'
import {closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync, writeSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import nlp from 'compromise/two'
import {groupRepeats} from '../src/blocks/group-repeats.js'
import {readHtmlArticle} from '../src/blocks/html/read-html.js'
import {joinContinuedLines} from '../src/blocks/join-continued-lines.js'
import {readMarkdownArticle} from '../src/blocks/markdown/read-markdown.js'
import {readMarkup} from '../src/blocks/read-markup.js'
import {splitLines} from '../src/blocks/split-lines.js'
import {articleEntities} from '../src/entities/article-entities.js'
import {provideCompromise} from '../src/entities/compromise-slot.js'
import {articleJsonChunks, parseArticle} from '../src/index.js'
import {createLocator} from '../src/locate.js'
import {quoteArticle} from '../src/quotes/quote-article.js'
import {buildStructure} from '../src/structure/build-article.js'
import {labelHybrid} from '../src/structure/label-hybrid.js'
import type fc from 'fast-check'

type Format = 'text' | 'html' | 'markdown'

const first = ['Ana', 'Jonah', 'Mira', 'Tomas', 'Leila', 'Omar', 'Greta', 'Felix', 'Nadia', 'Pavel', 'Rosa', 'Idris', 'Clara', 'Hugo', 'Sana', 'Viktor']
const last = ['Lowe', 'Marsh', 'Okafor', 'Brandt', 'Haddad', 'Quinlan', 'Ferreira', 'Novak', 'Sato', 'Whitcombe', 'Delacroix', 'Amari', 'Petrov', 'Lindqvist']
const places = ['Westbrook', 'Port Aldin', 'Karsova', 'the northern province', 'Lake Merin', 'New Halden', 'Ostrava Valley', 'the capital']
const orgs = ['the Ministry of Water', 'the Harbour Council', 'Northgate Bank', 'the Regional Health Authority', 'the Farmers Union', 'Delta Rail']
const roles = ['a spokesperson for', 'the head of', 'an adviser to', 'a senior official at', 'the chair of']
const verbs = ['said', 'told reporters', 'said on Tuesday', 'added', 'wrote in a statement']
const clauses = [
  'the talks would continue next week', 'prices had risen by 4 percent since March', 'the bridge would reopen before winter',
  'no decision had been made', 'the plan needed more money', 'several families had already left', 'the vote was delayed again',
  'officials were reviewing the contracts', 'the river had reached its highest level in a decade', 'schools would stay closed on Friday'
]
const said = ['“We are not going to leave,”', '“This is only the beginning,”', '“Nobody told us anything,”', '“The numbers speak for themselves,”', '“We expected more from them,”']

/**
 * `bytes` of invented article-like text in `format`: a headline, a byline, then paragraphs of varied sentences
 * (direct and reported speech with attribution, names, places, organisations), a subheading every 25 paragraphs.
 * Identical repeated lines would fold into one boilerplate unit and measure nothing.
 */
function articleLike(format: 'text' | 'html' | 'markdown', bytes: number): string {
  let seed = 12345
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
  }
  const pick = <T>(list: readonly T[]) => list[rand(list.length)]!
  const name = () => `${pick(first)} ${pick(last)}`
  const sentence = (n: number) => {
    switch (rand(12)) {
      case 0: return `${pick(said).slice(0, -2)},” ${name()}, ${pick(roles)} ${pick(orgs)}, ${pick(verbs)}.`
      case 1: return `${name()} ${pick(verbs)} that ${pick(clauses)}, according to ${pick(orgs)}.`
      case 2: return `In ${pick(places)}, ${pick(clauses)} and ${pick(clauses)}, residents said ${n}.`
      case 3: return `${pick(orgs).replace(/^the /, 'The ')} said ${pick(clauses)}.`
      case 5: case 6: return `The ${pick(['council', 'report', 'budget', 'agency'])} in ${pick(places)} noted that ${pick(clauses)} ${n}.`
      default: return `Work on ${pick(['the dam', 'the road', 'the port', 'the school'])} began in ${1990 + rand(30)}, and ${pick(clauses)}.`
      case 4: return `${pick(said)} ${pick(last)} said. “${pick(clauses).replace(/^./, (c) => c.toUpperCase())}.”`
    }
  }
  const parts: string[] = []
  let size = 0
  let count = 0
  const push = (s: string) => { parts.push(s); size += s.length }
  const headline = 'Talks resume in Westbrook as river rises'
  if (format === 'html') push(`<!doctype html><html><head><title>${headline}</title></head><body><article><h1>${headline}</h1><p class="byline">By ${name()}</p>\n`)
  else if (format === 'markdown') push(`# ${headline}\n\nBy ${name()}\n\n`)
  else push(`${headline}\n\nBy ${name()}\n\n`)
  while (size < bytes) {
    count++
    let paragraph = Array.from({length: 1 + rand(3)}, () => sentence(count)).join(' ')
    if (format === 'markdown' && rand(4) === 0) paragraph = paragraph.replace(/ (\w+) /, ' *$1* ')
    if (format === 'html') push(count % 25 === 0 ? `<h2>${pick(places)} ${count}</h2>\n` : `<p>${paragraph}</p>\n`)
    else if (format === 'markdown') push(count % 25 === 0 ? `## ${pick(places)} ${count}\n\n` : `${paragraph}\n\n`)
    else push(`${paragraph}\n\n`)
  }
  if (format === 'html') push('</article></body></html>\n')
  return parts.join('')
}

const sentence = 'The minister said on Tuesday that the talks would continue, “and we will not leave,” Jane Doe told reporters in Kabul. '
const fill = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes)

/** Each shape: the format it is read as and how to make `bytes` of it. */
const shapes: Record<string, {format: Format; make: (bytes: number) => string}> = {
  'text: prose': {format: 'text', make: (bytes) => articleLike('text', bytes)},
  'text: one repeated paragraph': {format: 'text', make: (bytes) => fill(`${sentence}\n\n`, bytes)},
  'text: closing quotes': {format: 'text', make: (bytes) => fill('\u201D', bytes)},
  'text: dashes': {format: 'text', make: (bytes) => fill('\u2014', bytes)},
  'html: prose': {format: 'html', make: (bytes) => articleLike('html', bytes)},
  'html: headlines against titles': {
    format: 'html',
    make: (bytes) => {
      const count = Math.max(1, Math.floor(bytes / 160))
      const titles = Array.from({length: count}, (_, index) => `{"@type":"NewsArticle","headline":"Talks resume in the capital, part ${index}","description":"The minister met officials ${index}"}`)
      const headings = Array.from({length: count}, (_, index) => `<h1>Talks resume in the capital, part ${index}</h1><p>${sentence}</p>`)
      return `<html><head><script type="application/ld+json">[${titles.join(',')}]</script></head><body>${headings.join('')}</body></html>`
    }
  },
  'html: unclosed <b>': {format: 'html', make: (bytes) => fill('<b>', bytes)},
  'html: nested <div>': {format: 'html', make: (bytes) => `${fill('<div>', bytes / 2)}text${fill('</div>', bytes / 2)}`},
  'markdown: prose': {format: 'markdown', make: (bytes) => articleLike('markdown', bytes)},
  'markdown: **_a': {format: 'markdown', make: (bytes) => fill('**_a', bytes)},
  'markdown: nested >': {format: 'markdown', make: (bytes) => `${fill('> ', bytes)}a`},
  'markdown: setext headings': {format: 'markdown', make: (bytes) => fill('Title\n===\n', bytes)},
  'markdown: [a](': {format: 'markdown', make: (bytes) => fill('[a](', bytes)},
  'markdown: nested lists': {
    format: 'markdown',
    make: (bytes) => {
      let text = ''
      for (let depth = 0; text.length < bytes; depth = (depth + 1) % 200) text += `${'  '.repeat(depth)}- a\n`
      return text
    }
  },
  'auto: one leading #': {format: 'text', make: (bytes) => `# Talks resume\n\n${fill('**_a', bytes)}`}
}

/** Child: parse one shape, read entities, write JSON; print CPU seconds and peak RSS. */
function runOne(name: string, bytes: number, file?: string): void {
  const shape = shapes[name]!
  const input = file ? readFileSync(file, 'utf8') : shape.make(bytes)
  const started = process.cpuUsage()
  const article = parseArticle(input, {format: name.startsWith('auto') ? 'auto' : shape.format})
  void article.entities
  const json = writeJson(article)
  const used = process.cpuUsage(started)
  process.stdout.write(JSON.stringify({seconds: (used.user + used.system) / 1e6, rss: process.resourceUsage().maxRSS * 1024, json}))
}

/** Write `value`'s JSON through articleJsonChunks to /dev/null, as UTF-8 (what a caller writing a file does); its length in characters. */
function writeJson(value: object): number {
  const fd = openSync('/dev/null', 'w')
  let length = 0
  try {
    for (const chunk of articleJsonChunks(value as Parameters<typeof articleJsonChunks>[0])) {
      length += chunk.length
      writeSync(fd, chunk)
    }
  } finally {
    closeSync(fd)
  }
  return length
}

const bundled = '.cache/stress/stress.mjs'
let bundle: Promise<string> | undefined

/** This script bundled for plain node (see the head of the file), built once per run: the children run it. */
function childScript(): Promise<string> {
  bundle ??= (async () => {
    const {build} = await import('esbuild')
    const {taggerPlugin} = await import('./compromise-tagger.mjs')
    await build({
      entryPoints: ['scripts/stress.ts'],
      outfile: bundled,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'es2022',
      packages: 'external',
      plugins: [taggerPlugin()],
      logLevel: 'warning'
    })
    return bundled
  })()
  return bundle
}

/** Run one shape at `bytes` in a child of its own, the input written to a file that the child reads (as a caller reads an article). */
function child(script: string, name: string, bytes: number): {seconds: number; rss: number} | undefined {
  const folder = mkdtempSync(join(tmpdir(), 'news-anatomy-stress-'))
  try {
    const file = join(folder, 'input')
    writeFileSync(file, shapes[name]!.make(bytes))
    const out = execFileSync(process.execPath, [script, '--one', name, String(bytes), file], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
      timeout: 15 * 60_000
    })
    return JSON.parse(out) as {seconds: number; rss: number}
  } catch (error) {
    console.log(`  ${name} at ${bytes} bytes failed: ${(error as Error).message.split('\n')[0]}`)
    return undefined
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}

async function growth(maximumMegabytes: number): Promise<void> {
  const script = await childScript()
  console.log(`growth: CPU seconds per MB, and the ratio per doubling, from 256 KB to ${maximumMegabytes} MB`)
  for (const name of Object.keys(shapes)) {
    const cells: string[] = []
    let previous: number | undefined
    for (let bytes = 1 << 18; bytes <= maximumMegabytes * (1 << 20); bytes *= 2) {
      const result = child(script, name, bytes)
      if (!result) break
      const perMegabyte = result.seconds / (bytes / (1 << 20))
      cells.push(`${bytes >> 10} KB ${perMegabyte.toFixed(2)} s/MB${previous ? ` ×${(result.seconds / previous).toFixed(2)}` : ''}`)
      previous = result.seconds
      if (result.seconds > 300) break
    }
    console.log(`  ${name}: ${cells.join(', ')}`)
  }
}

async function memory(): Promise<void> {
  const script = await childScript()
  console.log('memory: peak RSS with entities read and JSON written (plain node, bundled)')
  const cases: Array<[string, number]> = [
    ['text: prose', 10 << 20],
    ['html: prose', 10 << 20],
    ['markdown: prose', 10 << 20],
    ['text: closing quotes', 8 << 20],
    ['text: dashes', 8 << 20],
    ['html: unclosed <b>', 8 << 20]
  ]
  for (const [name, bytes] of cases) {
    const result = child(script, name, bytes)
    if (result) console.log(`  ${name} at ${bytes >> 20} MB: ${(result.rss / (1 << 20)).toFixed(0)} MB peak, ${result.seconds.toFixed(1)} s CPU`)
  }
}

/**
 * Child (run with --expose-gc): the pipeline's stages one by one on `bytes` of article-like text in `format`, with the
 * heap still live after each (after a full GC), the RSS, and the peak RSS so far: which stage's data dominate.
 * The stages are those of `parseArticleWith`; keep them in step with it.
 */
function runStages(name: string, bytes: number, file?: string): void {
  // A format reads article-like text; a shape's name (`--stages 'text: closing quotes' 8388608`) reads that shape.
  const shape = shapes[name]
  const format = shape?.format ?? (name as Format)
  const gc = (globalThis as {gc?: () => void}).gc
  if (!gc) throw new Error('run the stages with node --expose-gc')
  const megabytes = (value: number) => (value / (1 << 20)).toFixed(0).padStart(5)
  let last = process.cpuUsage()
  const mark = (stage: string) => {
    gc()
    const used = process.cpuUsage(last)
    const {heapUsed, rss} = process.memoryUsage()
    console.log(`  ${stage.padEnd(16)} live heap ${megabytes(heapUsed)} MB  rss ${megabytes(rss)} MB  peak ${megabytes(process.resourceUsage().maxRSS * 1024)} MB  ${((used.user + used.system) / 1e6).toFixed(1)} s CPU`)
    last = process.cpuUsage()
  }
  provideCompromise(nlp)
  mark('start')
  // Read from a file the parent wrote, as a caller reads an article: generated here, the generator's garbage stayed in the RSS (some 70 MB at 10 MB).
  const input = file ? readFileSync(file, 'utf8') : shape ? shape.make(bytes) : articleLike(format, bytes)
  mark('input')
  const locator = createLocator(input)
  const marked = readMarkup(input, format, locator, {entry: 'news-anatomy', html: readHtmlArticle, markdown: readMarkdownArticle})
  let structure
  if (marked) structure = marked.structure
  else {
    const units = groupRepeats(joinContinuedLines(splitLines(input), input))
    structure = buildStructure(units, labelHybrid(units), locator)
  }
  mark(`read ${format}`)
  const quoted = quoteArticle(structure, input, locator, marked?.paragraphs)
  mark('quotes')
  const entities = articleEntities(structure, quoted, input, locator)
  mark('lazy entities')
  const found = entities()
  mark('entities read')
  const article = {...structure, quotes: quoted.quotes, speakers: quoted.speakers, entities: found}
  const length = writeJson(article)
  mark('JSON chunks')
  const json = JSON.stringify(article)
  if (json.length !== length) throw new Error('articleJsonChunks and JSON.stringify differ in length')
  mark('JSON string')
  console.log(`  ${structure.sections.reduce((sum, section) => sum + section.paragraphs.length, 0)} paragraphs, ${quoted.quotes.length} quotes, ${found.length} entities, ${(json.length / (1 << 20)).toFixed(0)} M characters of JSON`)
}

async function stages(megabytes: number): Promise<void> {
  const script = await childScript()
  const folder = mkdtempSync(join(tmpdir(), 'news-anatomy-stress-'))
  try {
    for (const format of ['text', 'html', 'markdown'] as const) {
      console.log(`stages: ${format}, ${megabytes} MB (plain node, bundled; the input read from a file)`)
      const file = join(folder, 'input')
      writeFileSync(file, articleLike(format, megabytes << 20))
      execFileSync(process.execPath, ['--expose-gc', script, '--stages', format, String(megabytes << 20), file], {stdio: 'inherit', timeout: 15 * 60_000})
    }
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}

async function fuzz(runs: number): Promise<void> {
  // Imported here: the arbitraries take some 80 MB of heap, which would count in every memory child.
  const {default: fc} = await import('fast-check')
  const {checkPositions} = await import('../test/property/check-article.js')
  const {articleText} = await import('../test/property/arbitraries.js')
  const {htmlArticle, markdownArticle} = await import('../test/property/markup-arbitraries.js')
  const formats: Array<[Format, fc.Arbitrary<string>]> = [
    ['text', articleText],
    ['html', htmlArticle],
    ['markdown', markdownArticle]
  ]
  for (const [format, arbitrary] of formats) {
    let positions = 0
    const started = performance.now()
    fc.assert(
      fc.property(arbitrary, (input) => {
        const article = parseArticle(input, {format})
        void article.entities
        positions += checkPositions(input, JSON.parse(JSON.stringify(article)) as unknown, format)
      }),
      {numRuns: runs}
    )
    console.log(`fuzz ${format}: ${runs} cases, ${positions} positions checked, 0 mismatches (${((performance.now() - started) / 1000).toFixed(0)} s)`)
  }
}

/** sha1 of the JSON of each format's article-like input of `megabytes` (entities read), one line per format. */
async function sha1(megabytes: number): Promise<void> {
  const {createHash} = await import('node:crypto')
  for (const format of ['text', 'html', 'markdown'] as const) {
    const article = parseArticle(articleLike(format, megabytes << 20), {format})
    void article.entities
    console.log(`sha1 ${format} ${megabytes} MB: ${createHash('sha1').update(JSON.stringify(article)).digest('hex')}`)
  }
}

/** Preloaded into the built command: on exit, its code, CPU seconds and peak RSS (its parsing thread included) on stderr. */
const cliReport = `data:text/javascript,process.on('exit', (code) => { const used = process.cpuUsage(); process.stderr.write('\\n' + JSON.stringify({code, seconds: (used.user + used.system) / 1e6, rss: process.resourceUsage().maxRSS * 1024}) + '\\n') })`

/** Peak RSS of the command on `megabytes` of article-like text, HTML and Markdown: JSON to a file, to a pipe, JSON lines. */
function cli(megabytes: number): void {
  execFileSync(process.execPath, ['scripts/build-if-stale.mjs'], {stdio: 'inherit'})
  const folder = mkdtempSync(join(tmpdir(), 'news-anatomy-stress-'))
  try {
    const input = join(folder, 'article.txt')
    const text = articleLike('text', megabytes << 20)
    writeFileSync(input, text)
    const lines = join(folder, 'articles.jsonl')
    writeFileSync(lines, `${JSON.stringify({id: 1, text})}\n`)
    const html = join(folder, 'article.html')
    writeFileSync(html, articleLike('html', megabytes << 20))
    const markdown = join(folder, 'article.md')
    writeFileSync(markdown, articleLike('markdown', megabytes << 20))
    const output = join(folder, 'article.json')
    const cases: Array<[string, string[], string?]> = [
      ['json to a file (-o)', [input, '-o', output]],
      ['json to a pipe', [input]],
      ['jsonl to a pipe', [input, '--format', 'jsonl']],
      ['compact json to a pipe', [input, '--compact']],
      ['--stdin-jsonl', ['--stdin-jsonl'], lines],
      ['HTML, json to a pipe', [html]],
      ['Markdown, json to a pipe', [markdown]]
    ]
    for (const [name, args, stdin = '/dev/null'] of cases) {
      const out = execFileSync(
        'sh',
        ['-c', `"$0" --import "$STRESS_REPORT" dist/cli/index.js "$@" 2>&1 >/dev/null <"$STRESS_STDIN" | tail -n 1`, process.execPath, ...args],
        {encoding: 'utf8', timeout: 15 * 60_000, env: {...process.env, STRESS_STDIN: stdin, STRESS_REPORT: cliReport}}
      )
      const {code, seconds, rss} = JSON.parse(out) as {code: number; seconds: number; rss: number}
      const written = name.endsWith('(-o)') ? `, ${(statSync(output).size / (1 << 20)).toFixed(0)} MB written` : ''
      console.log(`  ${name.padEnd(24)} exit ${code}  peak RSS ${(rss / (1 << 20)).toFixed(0).padStart(5)} MB  ${seconds.toFixed(1)} s CPU${written}`)
    }
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}

const [command, argument, bytes] = process.argv.slice(2)
if (command === '--one') runOne(argument!, Number(bytes), process.argv[5])
else if (command === 'cli') cli(Number(argument ?? 10) || 10)
else if (command === '--stages') runStages(argument!, Number(bytes), process.argv[5])
else if (command === '--write-input') writeFileSync(process.argv[5]!, articleLike(argument as Format, Number(bytes) << 20))
else if (command === 'sha1') await sha1(Number(argument ?? 2) || 2)
else if (command === 'stages') await stages(Number(argument ?? 10) || 10)
else {
  if (!command || command === 'fuzz') await fuzz(Number(argument ?? 100_000) || 100_000)
  if (!command || command === 'growth') await growth(Number(argument ?? 8) || 8)
  if (!command || command === 'memory') await memory()
}
