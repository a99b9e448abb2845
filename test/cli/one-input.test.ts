import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parseArticle, toMarkdown, toText} from '../../src/index.js'
import {htmlArticle, markdownArticle, textArticle} from './articles.js'
import {jsonLines, runCli} from './run-cli.js'

const folder = mkdtempSync(join(tmpdir(), 'news-anatomy-cli-'))
const text = textArticle(1, 4)
const html = htmlArticle(2)
const markdown = markdownArticle(3)
const paths = {text: join(folder, 'story.txt'), html: join(folder, 'page.html'), markdown: join(folder, 'story.md')}

beforeAll(() => {
  writeFileSync(paths.text, text)
  writeFileSync(paths.html, html)
  writeFileSync(paths.markdown, markdown)
})
afterAll(() => rmSync(folder, {recursive: true, force: true}))

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

describe('news-anatomy with one input', {timeout: 60_000}, () => {
  it.concurrent('prints a text file as indented JSON by default', async () => {
    const run = await runCli([paths.text])
    expect(run).toEqual({code: 0, stdout: json(parseArticle(text, {format: 'text'})), stderr: ''})
  })

  it.concurrent('reads standard input for -', async () => {
    const run = await runCli(['-'], {input: text})
    expect(run).toEqual({code: 0, stdout: json(parseArticle(text)), stderr: ''})
  })

  it.concurrent('reads an .html file as HTML and an .md file as Markdown', async () => {
    const page = await runCli([paths.html])
    expect(page.code).toBe(0)
    expect(page.stdout).toBe(json(parseArticle(html, {format: 'html'})))
    expect(JSON.parse(page.stdout).headline.text).toBe('Bridge Reopens in Town 2')
    const story = await runCli([paths.markdown])
    expect(story.stdout).toBe(json(parseArticle(markdown, {format: 'markdown'})))
  })

  it.concurrent('lets --input override the extension', async () => {
    const run = await runCli(['--input', 'text', paths.html])
    expect(run.stdout).toBe(json(parseArticle(html, {format: 'text'})))
  })

  it.concurrent('writes the readable report with --format text', async () => {
    const run = await runCli(['--format', 'text', paths.text])
    expect(run).toEqual({code: 0, stdout: toText(parseArticle(text, {format: 'text'})), stderr: ''})
    expect(run.stdout).toMatch(/^Headline {3}River Floods Town Number 1 After Heavy Rain\n/)
  })

  it.concurrent('writes clean Markdown with --format markdown', async () => {
    const run = await runCli(['-f', 'markdown', paths.text])
    expect(run).toEqual({code: 0, stdout: toMarkdown(parseArticle(text, {format: 'text'})), stderr: ''})
    expect(run.stdout).toMatch(/^# River Floods Town Number 1 After Heavy Rain\n\nBy Jane Doe\n/)
  })

  it.concurrent('writes one record line with --format jsonl', async () => {
    const run = await runCli(['-f', 'jsonl', paths.text])
    expect(run.code).toBe(0)
    expect(jsonLines(run.stdout)).toEqual([{input: paths.text, article: JSON.parse(JSON.stringify(parseArticle(text, {format: 'text'})))}])
  })

  it.concurrent('reports a missing file on stderr and exits 1', async () => {
    const missing = join(folder, 'missing.txt')
    const run = await runCli([missing])
    expect(run).toEqual({code: 1, stdout: '', stderr: `news-anatomy: ${missing}: no such file\n`})
  })

  it.concurrent('writes to a file with -o', async () => {
    const out = join(folder, 'out.json')
    const run = await runCli(['-o', out, paths.text])
    expect(run).toEqual({code: 0, stdout: '', stderr: ''})
    expect(readFileSync(out, 'utf8')).toBe(json(parseArticle(text, {format: 'text'})))
  })

  it.concurrent('says so when -o cannot be written', async () => {
    const run = await runCli(['-o', join(folder, 'no/such/folder/out.json'), paths.text])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^news-anatomy: cannot write .*out\.json: no such file\n$/)
  })

  it.concurrent('leaves out every position and the indentation with --compact', async () => {
    const run = await runCli(['--compact', paths.text])
    const full = parseArticle(text, {format: 'text'})
    expect(run.stdout).not.toMatch(/"(?:position|occurrences)"|"offset"/)
    expect(run.stdout.split('\n')).toHaveLength(2)
    const compact = JSON.parse(run.stdout) as typeof full
    expect(compact.headline?.text).toBe(full.headline?.text)
    expect(compact.quotes.map((quote) => quote.text)).toEqual(full.quotes.map((quote) => quote.text))
    expect(run.stdout.length).toBeLessThan(JSON.stringify(full).length * 0.6)
  })

  it.concurrent('leaves out positions from each JSON line with --compact', async () => {
    const run = await runCli(['--compact', '-f', 'jsonl', paths.html])
    const [line] = jsonLines(run.stdout)
    expect(JSON.stringify(line)).not.toContain('"offset"')
    expect((line!.article as {headline: {text: string}}).headline.text).toBe('Bridge Reopens in Town 2')
  })

  it.concurrent('reads a folder given as the only input as a batch', async () => {
    const run = await runCli([folder])
    expect(run.code).toBe(0)
    expect(jsonLines(run.stdout).map((line) => line.input)).toEqual([paths.html, paths.text, paths.markdown].sort())
  })
})
