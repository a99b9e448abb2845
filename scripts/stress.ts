// The large robustness runs that `npm test` keeps small (issue 12):
//
//   npm run stress                 everything below
//   npm run stress -- fuzz [n]     n generated cases per format (default 100,000), every position checked
//   npm run stress -- growth [MB]  each pathological shape at doubling sizes up to MB (default 8): CPU seconds
//                                  per MB and the ratio per doubling (aims: ≤ 5 s/MB, ≤ 2.2×)
//   npm run stress -- memory       peak RSS at 10 MB of text, HTML and Markdown (entities read, JSON written)
//                                  and at 8 MB of the worst shapes (aims: ≤ 200 / 300 MB, nothing above 1 GB)
//
// Each growth and memory case runs in its own process, so one case's heap never counts for another.
// Inputs are generated from invented words; nothing is read from the corpora.
import {execFileSync} from 'node:child_process'
import fc from 'fast-check'
import {parseArticle} from '../src/index.js'
import {checkPositions} from '../test/property/check-article.js'
import {articleText} from '../test/property/arbitraries.js'
import {htmlArticle, markdownArticle} from '../test/property/markup-arbitraries.js'

type Format = 'text' | 'html' | 'markdown'

const sentence = 'The minister said on Tuesday that the talks would continue, “and we will not leave,” Jane Doe told reporters in Kabul. '
const fill = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes)

/** Each shape: the format it is read as and how to make `bytes` of it. */
const shapes: Record<string, {format: Format; make: (bytes: number) => string}> = {
  'text: prose': {format: 'text', make: (bytes) => fill(`${sentence}\n\n`, bytes)},
  'text: closing quotes': {format: 'text', make: (bytes) => fill('\u201D', bytes)},
  'text: dashes': {format: 'text', make: (bytes) => fill('\u2014', bytes)},
  'html: prose': {format: 'html', make: (bytes) => `<html><body><article><h1>Talks resume</h1>${fill(`<p>${sentence}</p>\n`, bytes)}</article></body></html>`},
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
  'markdown: prose': {format: 'markdown', make: (bytes) => `# Talks resume\n\n${fill(`${sentence.replace('talks', '*talks*')}\n\n`, bytes)}`},
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
function runOne(name: string, bytes: number): void {
  const shape = shapes[name]!
  const input = shape.make(bytes)
  const started = process.cpuUsage()
  const article = parseArticle(input, {format: name.startsWith('auto') ? 'auto' : shape.format})
  void article.entities
  const json = JSON.stringify(article)
  const used = process.cpuUsage(started)
  process.stdout.write(JSON.stringify({seconds: (used.user + used.system) / 1e6, rss: process.resourceUsage().maxRSS * 1024, json: json.length}))
}

function child(name: string, bytes: number): {seconds: number; rss: number} | undefined {
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/stress.ts', '--one', name, String(bytes)], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
      timeout: 15 * 60_000
    })
    return JSON.parse(out) as {seconds: number; rss: number}
  } catch (error) {
    console.log(`  ${name} at ${bytes} bytes failed: ${(error as Error).message.split('\n')[0]}`)
    return undefined
  }
}

function growth(maximumMegabytes: number): void {
  console.log(`growth: CPU seconds per MB, and the ratio per doubling, from 256 KB to ${maximumMegabytes} MB`)
  for (const name of Object.keys(shapes)) {
    const cells: string[] = []
    let previous: number | undefined
    for (let bytes = 1 << 18; bytes <= maximumMegabytes * (1 << 20); bytes *= 2) {
      const result = child(name, bytes)
      if (!result) break
      const perMegabyte = result.seconds / (bytes / (1 << 20))
      cells.push(`${bytes >> 10} KB ${perMegabyte.toFixed(2)} s/MB${previous ? ` ×${(result.seconds / previous).toFixed(2)}` : ''}`)
      previous = result.seconds
      if (result.seconds > 300) break
    }
    console.log(`  ${name}: ${cells.join(', ')}`)
  }
}

function memory(): void {
  console.log('memory: peak RSS with entities read and JSON written')
  const cases: Array<[string, number]> = [
    ['text: prose', 10 << 20],
    ['html: prose', 10 << 20],
    ['markdown: prose', 10 << 20],
    ['text: closing quotes', 8 << 20],
    ['text: dashes', 8 << 20],
    ['html: unclosed <b>', 8 << 20]
  ]
  for (const [name, bytes] of cases) {
    const result = child(name, bytes)
    if (result) console.log(`  ${name} at ${bytes >> 20} MB: ${(result.rss / (1 << 20)).toFixed(0)} MB peak, ${result.seconds.toFixed(1)} s CPU`)
  }
}

function fuzz(runs: number): void {
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

const [command, argument, bytes] = process.argv.slice(2)
if (command === '--one') runOne(argument!, Number(bytes))
else {
  if (!command || command === 'fuzz') fuzz(Number(argument ?? 100_000) || 100_000)
  if (!command || command === 'growth') growth(Number(argument ?? 8) || 8)
  if (!command || command === 'memory') memory()
}
