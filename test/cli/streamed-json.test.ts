import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {PassThrough, Writable} from 'node:stream'
import {afterAll, describe, expect, it} from 'vitest'
import {main} from '../../src/cli/main.js'
import {withoutPositions} from '../../src/cli/without-positions.js'
import {parseArticle} from '../../src/index.js'
import {textArticle} from './articles.js'
import {sourceWorker, spareThreads} from './run-cli.js'

const folder = mkdtempSync(join(tmpdir(), 'news-anatomy-streamed-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))
// Chunks of 1 Ki characters (1 Mi by default): this article's JSON is dozens of
// them (48 indented, 12 compact), the indented one three times the slow
// reader's buffer (16 KiB, below). Chunk, article and buffer were scaled down
// together (from 4 Ki characters, 60 paragraphs, 64 KiB): a third of the text
// takes a third of the time. The thread runs share their threads (spareThreads).
const chunkSize = 1024
const text = textArticle(7, 20)
const input = join(folder, 'long.txt')
writeFileSync(input, text)
const article = parseArticle(text, {format: 'text'})

/** A reader that takes one write at a time, later (a slow pipe), and keeps each write's size. */
function slowStdout(): {readonly stream: Writable; readonly writes: number[]; readonly text: () => Promise<string>} {
  const parts: Buffer[] = []
  const writes: number[] = []
  const stream = new Writable({
    highWaterMark: 1 << 14,
    write(chunk: Buffer, _encoding, done) {
      parts.push(chunk)
      writes.push(chunk.length)
      setTimeout(done, 1)
    }
  })
  // What the reader has taken once the stream is ended and every write done.
  const text = async () => {
    await new Promise<void>((resolve) => stream.end(resolve))
    return Buffer.concat(parts).toString('utf8')
  }
  return {stream, writes, text}
}

const run = async (args: readonly string[], threads: boolean) => {
  const out = slowStdout()
  const code = await main([...args], {stdin: new PassThrough(), stdout: out.stream, stderr: new PassThrough(), env: {}, ...(threads ? {worker: sourceWorker, spareThreads} : {worker: 'inline' as const}), chunkSize})
  return {code, ...out}
}

describe('news-anatomy writes JSON in chunks', {timeout: 120_000}, () => {
  const expected: Array<[string, string[], string]> = [
    ['indented JSON', [], `${JSON.stringify(article, null, 2)}\n`],
    ['--compact', ['--compact'], `${JSON.stringify(article, withoutPositions)}\n`],
    ['a JSON line', ['-f', 'jsonl'], `${JSON.stringify({input, article})}\n`],
    ['a compact JSON line', ['-f', 'jsonl', '--compact'], `${JSON.stringify({input, article}, withoutPositions)}\n`]
  ]
  for (const threads of [false, true]) {
    for (const [name, args, bytes] of expected) {
      it(`gives JSON.stringify's bytes for ${name} to a slow reader, in several writes (${threads ? 'worker thread' : 'this thread'})`, async () => {
        expect(bytes.length).toBeGreaterThan(chunkSize * 8)
        const result = await run([input, ...args], threads)
        expect(result.code).toBe(0)
        expect(await result.text()).toBe(bytes)
        // A chunk is at least chunkSize characters and less than 1.5 times that here (no long string), at most 3 bytes each.
        expect(result.writes.length).toBeGreaterThan(bytes.length / (chunkSize * 4.5))
        expect(Math.max(...result.writes)).toBeLessThan(chunkSize * 4.5)
      })
    }
  }

  it('gives the same bytes to a file (-o) from the worker thread', async () => {
    const output = join(folder, 'out.json')
    const result = await run([input, '-o', output], true)
    expect(result.code).toBe(0)
    expect(await result.text()).toBe('')
    expect(readFileSync(output, 'utf8')).toBe(`${JSON.stringify(article, null, 2)}\n`)
  })

  it('keeps several long inputs in order, each whole, with --jobs 2', async () => {
    const names = ['a.txt', 'b.txt', 'c.txt'].map((name) => join(folder, name))
    const texts = [textArticle(1, 30), textArticle(2, 4), textArticle(3, 20)]
    names.forEach((name, index) => writeFileSync(name, texts[index]!))
    const result = await run(['--jobs', '2', ...names], true)
    expect(result.writes.length).toBeGreaterThan(10)
    expect(result.code).toBe(0)
    expect(await result.text()).toBe(names.map((name, index) => `${JSON.stringify({input: name, article: parseArticle(texts[index]!, {format: 'text'})})}\n`).join(''))
  })

  it('keeps --stdin-jsonl lines in order, each whole, with --jobs 2', async () => {
    const texts = [textArticle(4, 30), textArticle(5, 4), textArticle(6, 20)]
    const stdin = new PassThrough()
    stdin.end(texts.map((content, id) => `${JSON.stringify({id, text: content})}\n`).join(''))
    const out = slowStdout()
    const code = await main(['--stdin-jsonl', '--jobs', '2', '--input', 'text'], {stdin, stdout: out.stream, stderr: new PassThrough(), env: {}, worker: sourceWorker, spareThreads, chunkSize})
    expect(code).toBe(0)
    expect(await out.text()).toBe(texts.map((content, id) => `${JSON.stringify({id, article: parseArticle(content, {format: 'text'})})}\n`).join(''))
  })
})
