import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parseArticle, toHtml} from '../../src/index.js'
import {htmlArticle, textArticle} from '../cli/articles.js'
import {runCli} from '../cli/run-cli.js'

const folder = mkdtempSync(join(tmpdir(), 'news-anatomy-html-'))
const text = textArticle(5, 3)
const html = htmlArticle(6)
const paths = {text: join(folder, 'story.txt'), html: join(folder, 'page.html')}

beforeAll(() => {
  writeFileSync(paths.text, text)
  writeFileSync(paths.html, html)
})
afterAll(() => rmSync(folder, {recursive: true, force: true}))

describe('news-anatomy --format html', {timeout: 60_000}, () => {
  it('writes the HTML report of a text file', async () => {
    const run = await runCli(['--format', 'html', paths.text])
    expect(run).toEqual({code: 0, stdout: toHtml(parseArticle(text, {format: 'text'}), text, {format: 'text'}), stderr: ''})
  })

  it('reads a page as HTML from its extension and says so', async () => {
    const run = await runCli(['-f', 'html', paths.html])
    expect(run.stdout).toBe(toHtml(parseArticle(html, {format: 'html'}), html, {format: 'html'}))
    expect(run.stdout).toContain('<div class="source format-html">')
  })

  it('takes one input only', async () => {
    const run = await runCli(['--format', 'html', paths.text, paths.html])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/--format html takes one input/)
  })
})
