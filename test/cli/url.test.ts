import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {htmlArticle, textArticle} from './articles.js'
import {runCli} from './run-cli.js'

// A loopback server (127.0.0.1 only) that answers a few fixed paths and
// closes every connection at the end.
let server: Server
let base = ''
let refused = ''
const userAgents: string[] = []

beforeAll(async () => {
  server = createServer((request, response) => {
    userAgents.push(request.headers['user-agent'] ?? '')
    if (request.url === '/page.html') response.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(htmlArticle(7))
    else if (request.url === '/story') response.writeHead(200, {'content-type': 'text/plain; charset=utf-8'}).end(textArticle(8))
    else if (request.url === '/slow') setTimeout(() => response.writeHead(200).end('late'), 10_000).unref()
    else response.writeHead(404, 'Not Found').end('no such page')
  })
  server.requestTimeout = 15_000
  server.maxConnections = 20
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  // A port nothing listens on: bind one, note it, close it.
  const closed = createServer()
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
  refused = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/page.html`
  await new Promise((resolve) => closed.close(resolve))
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

describe('news-anatomy with a URL', {timeout: 60_000}, () => {
  it('fetches a page and reads it as HTML by its Content-Type', async () => {
    const run = await runCli([`${base}/page.html`])
    expect(run).toEqual({code: 0, stdout: json(parseArticle(htmlArticle(7), {format: 'html'})), stderr: ''})
    expect(userAgents.at(-1)).toMatch(/^news-anatomy\/\d+\.\d+\.\d+/)
  })

  it('reads a text/plain answer as text', async () => {
    const run = await runCli([`${base}/story`])
    expect(run.stdout).toBe(json(parseArticle(textArticle(8), {format: 'text'})))
  })

  it('reports an HTTP error status and exits 1', async () => {
    const run = await runCli([`${base}/gone`])
    expect(run).toEqual({code: 1, stdout: '', stderr: `news-anatomy: ${base}/gone: the server answered HTTP 404 Not Found\n`})
  })

  it('gives up after --timeout seconds', async () => {
    const started = Date.now()
    const run = await runCli(['--timeout', '0.5', `${base}/slow`])
    expect(run.code).toBe(1)
    expect(run.stderr).toBe(`news-anatomy: ${base}/slow: no complete answer within 0.5 s (see --timeout)\n`)
    expect(Date.now() - started).toBeLessThan(8_000)
  })

  it('says so when nothing answers at the address', async () => {
    const run = await runCli([refused])
    expect(run.code).toBe(1)
    expect(run.stderr).toBe(`news-anatomy: ${refused}: the connection was refused (ECONNREFUSED): is the server up?\n`)
  })

  it('mixes URLs and files in a batch, in order', async () => {
    const run = await runCli(['-f', 'jsonl', `${base}/story`, `${base}/page.html`, `${base}/gone`])
    expect(run.code).toBe(1)
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as {input: string})
    expect(lines.map((line) => line.input), run.stderr).toEqual([`${base}/story`, `${base}/page.html`])
    expect(run.stderr).toContain(`${base}/gone: the server answered HTTP 404`)
  })
})
