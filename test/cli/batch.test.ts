import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {htmlArticle, markdownArticle, textArticle} from './articles.js'
import {jsonLines, runCli} from './run-cli.js'

const folder = mkdtempSync(join(tmpdir(), 'news-anatomy-batch-'))
const at = (name: string) => join(folder, name)
// Twelve files of very different sizes, so parallel workers finish out of order.
const names = Array.from({length: 12}, (_, index) => `story-${String(index).padStart(2, '0')}.txt`)
const texts = names.map((_, index) => textArticle(index, index % 3 === 0 ? 20 : 2))

beforeAll(() => {
  names.forEach((name, index) => writeFileSync(at(name), texts[index]!))
  mkdirSync(at('pages/2024'), {recursive: true})
  mkdirSync(at('pages/.drafts'))
  mkdirSync(at('empty'))
  writeFileSync(at('pages/b.html'), htmlArticle(2))
  writeFileSync(at('pages/a.md'), markdownArticle(1))
  writeFileSync(at('pages/2024/c.txt'), textArticle(3))
  writeFileSync(at('pages/notes.json'), '{}')
  writeFileSync(at('pages/.drafts/d.txt'), textArticle(4))
})
afterAll(() => rmSync(folder, {recursive: true, force: true}))

const article = (input: string, format: 'text' | 'html' | 'markdown') => JSON.parse(JSON.stringify(parseArticle(input, {format})))

describe('news-anatomy with several inputs', {timeout: 60_000}, () => {
  it('writes one JSON line per article, in order, and exits 0', async () => {
    const run = await runCli(names.slice(0, 3).map(at))
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    expect(jsonLines(run.stdout)).toEqual(names.slice(0, 3).map((name, index) => ({input: at(name), article: article(texts[index]!, 'text')})))
  })

  it('reports a failing input on stderr, counts it, goes on, and exits 1', async () => {
    const run = await runCli([at(names[0]!), at('missing.txt'), at(names[1]!)])
    expect(run.code).toBe(1)
    expect(jsonLines(run.stdout).map((line) => line.input)).toEqual([at(names[0]!), at(names[1]!)])
    expect(run.stderr).toBe([`news-anatomy: ${at('missing.txt')}: no such file`, 'news-anatomy: 1 of 3 inputs failed', ''].join('\n'))
  })

  it('reads the article files in a folder and below it, sorted, each in its own format, hidden ones left out', async () => {
    const run = await runCli([at('pages')])
    expect(run.code).toBe(0)
    expect(jsonLines(run.stdout)).toEqual([
      {input: at('pages/2024/c.txt'), article: article(textArticle(3), 'text')},
      {input: at('pages/a.md'), article: article(markdownArticle(1), 'markdown')},
      {input: at('pages/b.html'), article: article(htmlArticle(2), 'html')}
    ])
  })

  it('counts a folder with no article files as a failure', async () => {
    const run = await runCli([at('empty')])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`the folder ${JSON.stringify(at('empty'))} has no article files`)
  })

  it('expands a quoted glob, sorted, each file in its own format', async () => {
    const run = await runCli([`${folder}/pages/*`])
    expect(run.code).toBe(0)
    expect(jsonLines(run.stdout).map((line) => line.input)).toEqual([at('pages/a.md'), at('pages/b.html'), at('pages/notes.json')])
    expect(jsonLines(run.stdout).slice(0, 2)).toEqual([
      {input: at('pages/a.md'), article: article(markdownArticle(1), 'markdown')},
      {input: at('pages/b.html'), article: article(htmlArticle(2), 'html')}
    ])
  })

  it('expands ** and {a,b} in a glob', async () => {
    const run = await runCli([`${folder}/pages/**/*.{txt,md}`])
    expect(jsonLines(run.stdout).map((line) => line.input)).toEqual([at('pages/2024/c.txt'), at('pages/a.md')])
  })

  it('counts a glob that matches nothing as a failure', async () => {
    const run = await runCli([`${folder}/nothing/*.txt`, at(names[0]!)])
    expect(run.code).toBe(1)
    expect(jsonLines(run.stdout)).toHaveLength(1)
    expect(run.stderr).toContain(`news-anatomy: no file matches ${JSON.stringify(`${folder}/nothing/*.txt`)}`)
  })

  it('writes to a file with -o, and nothing on stdout', async () => {
    const out = at('out.jsonl')
    const run = await runCli(['-o', out, at(names[1]!), at(names[2]!)])
    expect(run).toEqual({code: 0, stdout: '', stderr: ''})
    const {readFileSync} = await import('node:fs')
    expect(jsonLines(readFileSync(out, 'utf8')).map((line) => line.input)).toEqual([at(names[1]!), at(names[2]!)])
  })

  it('gives byte-identical output with --jobs 1 and --jobs 2 (every parse on a worker thread)', async () => {
    const args = [`${folder}/story-*.txt`, at('missing.txt')]
    const one = await runCli(['--jobs', '1', ...args], {threads: true})
    const two = await runCli(['--jobs', '2', ...args], {threads: true})
    expect(one.code).toBe(1)
    expect(jsonLines(one.stdout).map((line) => line.input)).toEqual(names.map(at))
    expect(two).toEqual(one)
    expect(one.stdout).toBe((await runCli(args)).stdout)
  }, 120_000)

  it('draws no progress bar when stderr is not a terminal', async () => {
    const run = await runCli(names.slice(0, 4).map(at))
    expect(run.stderr).toBe('')
  })

  it('draws a bar on a terminal, prints a failure above it and lists failures again at the end', async () => {
    const run = await runCli([at(names[0]!), at('missing.txt'), at(names[1]!)], {tty: 100, env: {TERM: 'xterm'}})
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/news-anatomy [█░]+ 0\/3 articles · 0 failed/)
    expect(run.stderr).toMatch(/3\/3 articles · 1 failed/)
    // The failure's line is printed on a cleared line and stays: the bar is redrawn under it.
    expect(run.stderr).toContain(`\r\u001B[2Knews-anatomy: ${at('missing.txt')}: no such file\n`)
    expect(run.stderr.endsWith(`news-anatomy: 1 of 3 inputs failed:\n  ${at('missing.txt')}: no such file\n`)).toBe(true)
  })

  // Rows of [why there is no bar, arguments, environment].
  const plain: Array<[string, string[], Record<string, string>]> = [
    ['TERM=dumb', [], {TERM: 'dumb'}],
    ['--quiet', ['--quiet'], {TERM: 'xterm'}],
    ['-q', ['-q'], {TERM: 'xterm'}]
  ]
  it.each(plain)('draws no bar on a terminal with %s, and still reports failures', async (_why, flags, env) => {
    const run = await runCli([...flags, at(names[0]!), at('missing.txt')], {tty: 100, env})
    expect(run.stderr).toBe([`news-anatomy: ${at('missing.txt')}: no such file`, 'news-anatomy: 1 of 2 inputs failed', ''].join('\n'))
  })
})
