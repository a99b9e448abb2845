import {PassThrough, Writable} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {main} from '../../src/cli/main.js'
import {splitRecords} from '../../src/cli/split-records.js'
import {parseArticle} from '../../src/index.js'
import {htmlArticle, markdownArticle, textArticle} from './articles.js'
import {jsonLines, runCli} from './run-cli.js'

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
  ['', {id: null, error: 'line 8 is empty; each line must be one JSON object such as {"id": 1, "text": "..."}'}],
  [JSON.stringify({id: 9, text: 'a', html: '<p>b</p>'}), {id: 9, error: 'line 9 must have exactly one of "text", "html" or "markdown"; it has text, html'}],
  [JSON.stringify({text: textArticle(10)}), {id: null, article: article(textArticle(10), 'text')}],
  // A raw CR inside a record is one bad record, not two.
  [`{"id": 11, "text": "two\rparts"}`, {id: null, error: expect.stringMatching(/^line 11 is not JSON/)}],
  ['   ', {id: null, error: expect.stringMatching(/^line 12 is empty/)}]
]
const input = `${rows.map(([line]) => line).join('\n')}\n`

async function* stream(chunks: ReadonlyArray<string | Uint8Array>) {
  yield* chunks
}

async function collect(records: AsyncIterable<{text: string} | {tooLong: number}>) {
  const found = []
  for await (const record of records) found.push(record)
  return found
}

describe('news-anatomy --stdin-jsonl', {timeout: 60_000}, () => {
  it('writes one result line per input line, in order; a bad line gives an error record', async () => {
    const run = await runCli(['--stdin-jsonl'], {input})
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    expect(run.stdout.endsWith('\n')).toBe(true)
    expect(jsonLines(run.stdout)).toEqual(rows.map(([, expected]) => expected))
  })

  it('gives the same lines with CRLF line ends and with no final line end', async () => {
    const one = await runCli(['--stdin-jsonl'], {input})
    const crlf = await runCli(['--stdin-jsonl'], {input: input.replaceAll('\n', '\r\n').replace(/\r\n$/, '')})
    expect(crlf).toEqual(one)
  })

  it('reads each record in the format -i names, over the key', async () => {
    const page = htmlArticle(3)
    const run = await runCli(['--stdin-jsonl', '-i', 'html'], {input: `${JSON.stringify({id: 1, text: page})}\n`})
    expect(jsonLines(run.stdout)).toEqual([{id: 1, article: article(page, 'html')}])
    const plain = await runCli(['--stdin-jsonl', '-i', 'text'], {input: `${JSON.stringify({id: 2, html: page})}\n`})
    expect(jsonLines(plain.stdout)).toEqual([{id: 2, article: article(page, 'text')}])
  })

  it('gives an error record for a line longer than a string can be, and reads the next lines', async () => {
    const long = JSON.stringify({id: 1, text: 'x'.repeat(500)})
    const short = 'Ferry Returns\n\nThe ferry ran again on Monday.'
    const run = await runCli(['--stdin-jsonl'], {input: `${long}\n${JSON.stringify({id: 2, text: short})}\n`, maxLineBytes: 400})
    expect(jsonLines(run.stdout)).toEqual([
      {id: null, error: `line 1 is ${long.length} bytes long, more than a line can hold; it was skipped`},
      {id: 2, article: article(short, 'text')}
    ])
  })

  it('gives nothing for no input', async () => {
    expect(await runCli(['--stdin-jsonl'], {input: ''})).toEqual({code: 0, stdout: '', stderr: ''})
  })

  it('answers each line before the next one is sent (flushes as it goes)', async () => {
    const stdin = new PassThrough()
    const answers: string[] = []
    let wake: (() => void) | undefined
    const stdout = new Writable({
      write(chunk: Buffer, _encoding, done) {
        answers.push(chunk.toString('utf8'))
        wake?.()
        done()
      }
    })
    const running = main(['--stdin-jsonl'], {stdin, stdout, stderr: new PassThrough(), env: {}, worker: 'inline'})
    for (let index = 0; index < 3; index++) {
      const answered = new Promise<void>((resolve) => (wake = resolve))
      stdin.write(`${JSON.stringify({id: index, text: textArticle(index)})}\n`)
      await answered
      expect(JSON.parse(answers[index]!)).toEqual({id: index, article: article(textArticle(index), 'text')})
    }
    stdin.end()
    expect(await running).toBe(0)
    expect(answers).toHaveLength(3)
  })

  it('gives an error record for an input that runs its thread out of memory, and goes on (also with --jobs 1)', async () => {
    // Quadratic-looking input for the heap: a long run of one unclosed tag, parsed with the smallest heap limit the
    // command takes (32 MB: the thread fills it, and dies, sooner than at 64; these small articles parse in 20).
    const huge = '<b>'.repeat(600_000)
    const lines = [JSON.stringify({id: 1, text: textArticle(1)}), JSON.stringify({id: 2, html: huge}), JSON.stringify({id: 3, text: textArticle(3)})]
    const run = await runCli(['--stdin-jsonl', '--jobs', '1', '--max-memory', '32'], {input: `${lines.join('\n')}\n`, threads: true})
    const results = jsonLines(run.stdout)
    expect(results.map((result) => result.id)).toEqual([1, 2, 3])
    expect(results[0]).toEqual({id: 1, article: article(textArticle(1), 'text')})
    expect(results[1]).toEqual({id: 2, error: 'the parsing thread failed: it ran out of memory (--max-memory 32)'})
    expect(results[2]).toEqual({id: 3, article: article(textArticle(3), 'text')})
  }, 180_000)
})

describe('splitRecords', () => {
  // Rows of [chunks, the records they give].
  const cases: Array<[string[], Array<{text: string} | {tooLong: number}>]> = [
    [['a\nb\n'], [{text: 'a'}, {text: 'b'}]],
    [['a\r\nb'], [{text: 'a'}, {text: 'b'}]],
    [['a\rb\n'], [{text: 'a\rb'}]],
    [['a', 'b\n', '\nc'], [{text: 'ab'}, {text: ''}, {text: 'c'}]],
    [['€', '\n'], [{text: '€'}]],
    [['', '\n'], [{text: ''}]]
  ]
  it.each(cases)('splits %j only at LF', async (chunks, expected) => {
    expect(await collect(splitRecords(stream(chunks)))).toEqual(expected)
  })

  it('gives a line longer than the limit as tooLong, skipped to its LF, and reads the next ones', async () => {
    const chunks = ['ok\n', 'x'.repeat(6), 'x'.repeat(6), 'xx\nnext\n', 'y'.repeat(11)]
    expect(await collect(splitRecords(stream(chunks), 10))).toEqual([{text: 'ok'}, {tooLong: 14}, {text: 'next'}, {tooLong: 11}])
  })

  it('splits a multi-byte character across chunks without damage', async () => {
    const bytes = Buffer.from('é€\n')
    expect(await collect(splitRecords(stream([bytes.subarray(0, 1), bytes.subarray(1, 3), bytes.subarray(3)])))).toEqual([{text: 'é€'}])
  })

  it('by default allows the longest string V8 can hold', async () => {
    const {constants} = await import('node:buffer')
    expect(await collect(splitRecords(stream(['x'.repeat(1000)])))).toEqual([{text: 'x'.repeat(1000)}])
    expect(constants.MAX_STRING_LENGTH).toBeGreaterThan(2 ** 28)
  })
})
