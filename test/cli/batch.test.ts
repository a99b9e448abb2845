import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {htmlArticle, markdownArticle, textArticle} from './articles.js'
import {bin, ensureBuilt, jsonLines, runCli} from './run-cli.js'

const folder = mkdtempSync(join(tmpdir(), 'news-anatomy-batch-'))
// Twelve files of very different sizes, so parallel workers finish out of order.
const names = Array.from({length: 12}, (_, index) => `story-${String(index).padStart(2, '0')}.txt`)
const texts = names.map((_, index) => textArticle(index, index % 3 === 0 ? 400 : 2))

beforeAll(async () => {
  names.forEach((name, index) => writeFileSync(join(folder, name), texts[index]!))
  mkdirSync(join(folder, 'pages'))
  writeFileSync(join(folder, 'pages/b.html'), htmlArticle(2))
  writeFileSync(join(folder, 'pages/a.md'), markdownArticle(1))
  await ensureBuilt()
}, 180_000)
afterAll(() => rmSync(folder, {recursive: true, force: true}))

const article = (input: string, format: 'text' | 'html' | 'markdown') => JSON.parse(JSON.stringify(parseArticle(input, {format})))

describe('news-anatomy with several inputs', {timeout: 60_000}, () => {
  it('writes one JSON line per article, in order, and exits 0', async () => {
    const run = await runCli(names.slice(0, 3), {cwd: folder})
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    expect(jsonLines(run.stdout)).toEqual(names.slice(0, 3).map((name, index) => ({input: name, article: article(texts[index]!, 'text')})))
  })

  it('reports a failing input on stderr, counts it, goes on, and exits 1', async () => {
    const run = await runCli([names[0]!, 'missing.txt', names[1]!, 'pages'], {cwd: folder})
    expect(run.code).toBe(1)
    expect(jsonLines(run.stdout).map((line) => line.input)).toEqual([names[0], names[1]])
    expect(run.stderr).toBe(
      ['news-anatomy: missing.txt: no such file', 'news-anatomy: pages: is a directory, not a file', 'news-anatomy: 2 of 4 inputs failed', ''].join('\n')
    )
  })

  it('expands a quoted glob, sorted, each file in its own format', async () => {
    const run = await runCli(['pages/*'], {cwd: folder})
    expect(run.code).toBe(0)
    expect(jsonLines(run.stdout)).toEqual([
      {input: 'pages/a.md', article: article(markdownArticle(1), 'markdown')},
      {input: 'pages/b.html', article: article(htmlArticle(2), 'html')}
    ])
  })

  it('counts a glob that matches nothing as a failure', async () => {
    const run = await runCli(['nothing/*.txt', names[0]!], {cwd: folder})
    expect(run.code).toBe(1)
    expect(jsonLines(run.stdout)).toHaveLength(1)
    expect(run.stderr).toContain('news-anatomy: no file matches "nothing/*.txt"')
  })

  it('gives the same output with --jobs 2 as with --jobs 1', async () => {
    const args = ['story-*.txt', 'missing.txt']
    const one = await runCli(['--jobs', '1', ...args], {cwd: folder})
    const two = await runCli(['--jobs', '2', ...args], {cwd: folder})
    expect(one.code).toBe(1)
    expect(jsonLines(one.stdout).map((line) => line.input)).toEqual(names)
    expect(two).toEqual(one)
  }, 120_000)

  it('draws no progress bar when stderr is not a terminal', async () => {
    const run = await runCli(names.slice(0, 4), {cwd: folder})
    expect(run.stderr).toBe('')
  })

  const script = existsSync('/usr/bin/script') ? '/usr/bin/script' : undefined
  it.skipIf(!script)('draws a progress bar when stderr is a terminal (through script(1))', () => {
    // script gives the command a pseudo-terminal; stdout goes to a file, so the terminal shows stderr only.
    const out = join(folder, 'out.jsonl')
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin())} --jobs 2 'story-*.txt' > ${JSON.stringify(out)}`
    const screen = execFileSync(script!, ['-qec', command, '/dev/null'], {cwd: folder, encoding: 'utf8', timeout: 60_000})
    expect(screen).toMatch(/news-anatomy .*\d+\/12 articles · 0 failed/)
    expect(jsonLines(readFileSync(out, 'utf8'))).toHaveLength(12)
  }, 120_000)
})
