import {spawn} from 'node:child_process'
import {createInterface} from 'node:readline'
import {beforeAll, describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {htmlArticle, markdownArticle, textArticle} from './articles.js'
import {bin, ensureBuilt, jsonLines, runCli} from './run-cli.js'

beforeAll(ensureBuilt, 180_000)

const article = (input: string, format: 'text' | 'html' | 'markdown') => JSON.parse(JSON.stringify(parseArticle(input, {format})))

// Rows of [input line, the result line it must give].
const rows: Array<[string, Record<string, unknown>]> = [
  [JSON.stringify({id: 1, text: textArticle(1)}), {id: 1, article: article(textArticle(1), 'text')}],
  ['{not json', {id: null, error: expect.stringMatching(/^line 2 is not JSON/)}],
  [JSON.stringify({id: 'page-7', html: htmlArticle(7)}), {id: 'page-7', article: article(htmlArticle(7), 'html')}],
  [JSON.stringify({id: 4}), {id: 4, error: 'line 4 must have exactly one of "text", "html" or "markdown"'}],
  [JSON.stringify({id: 5, text: 5}), {id: 5, error: 'line 5: "text" must be a string'}],
  [JSON.stringify({id: {part: 6}, markdown: markdownArticle(6), extra: true}), {id: {part: 6}, article: article(markdownArticle(6), 'markdown')}],
  ['[1, 2]', {id: null, error: 'line 7 is not a JSON object'}],
  ['', {id: null, error: expect.stringMatching(/^line 8 is not JSON/)}],
  [JSON.stringify({id: 9, text: 'a', html: '<p>b</p>'}), {id: 9, error: 'line 9 must have exactly one of "text", "html" or "markdown"; it has text, html'}],
  [JSON.stringify({text: textArticle(10)}), {id: null, article: article(textArticle(10), 'text')}]
]
const input = `${rows.map(([line]) => line).join('\n')}\n`

describe('news-anatomy --stdin-jsonl', {timeout: 60_000}, () => {
  it('writes one result line per input line, in order; a bad line gives an error record', async () => {
    const run = await runCli(['--stdin-jsonl'], {input})
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    expect(run.stdout.endsWith('\n')).toBe(true)
    expect(jsonLines(run.stdout)).toEqual(rows.map(([, expected]) => expected))
  })

  it('gives the same lines with --jobs 2, with CRLF line ends and with no final line end', async () => {
    const one = await runCli(['--stdin-jsonl'], {input})
    const two = await runCli(['--stdin-jsonl', '--jobs', '2'], {input: input.replaceAll('\n', '\r\n').replace(/\r\n$/, '')})
    expect(two).toEqual(one)
  })

  it('gives nothing for no input', async () => {
    expect(await runCli(['--stdin-jsonl'], {input: ''})).toEqual({code: 0, stdout: '', stderr: ''})
  })

  it('answers each line before the next one is sent (flushes as it goes)', async () => {
    const child = spawn(process.execPath, [bin(), '--stdin-jsonl'], {stdio: ['pipe', 'pipe', 'inherit'], timeout: 60_000})
    const answers = createInterface({input: child.stdout})[Symbol.asyncIterator]()
    for (let index = 0; index < 3; index++) {
      child.stdin.write(`${JSON.stringify({id: index, text: textArticle(index)})}\n`)
      const answer = await answers.next()
      expect(JSON.parse(answer.value as string)).toEqual({id: index, article: article(textArticle(index), 'text')})
    }
    child.stdin.end()
    expect((await answers.next()).done).toBe(true)
    expect(await new Promise((resolve) => child.on('close', resolve))).toBe(0)
  })
})
