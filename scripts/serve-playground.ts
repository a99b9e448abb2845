/**
 * Serve the built playground (`playground/dist/`) on 127.0.0.1 only: a small
 * static server on node:http, GET and HEAD, no directory listings, nothing
 * outside the folder.
 *
 *   npm run playground                 # build, then serve on http://127.0.0.1:4321/
 *   tsx scripts/serve-playground.ts --port 8080
 */
import {readFile, stat} from 'node:fs/promises'
import {createServer, type Server} from 'node:http'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {playgroundOut} from './build-playground.js'

const types: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8'
}

/**
 * Start the server.
 *
 * @param options `root`: the folder to serve (default: the built playground); `port`: 0 for any free port.
 * @returns The listening server and its address.
 */
export async function servePlayground(options: {readonly root?: string; readonly port?: number} = {}): Promise<{server: Server; url: string}> {
  const root = path.resolve(options.root ?? playgroundOut)
  const server = createServer(async (request, response) => {
    const headers = {'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer'}
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, {...headers, Allow: 'GET, HEAD'}).end()
      return
    }
    let pathname: string
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    } catch {
      response.writeHead(400, headers).end()
      return
    }
    const file = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname)
    if (!file.startsWith(root + path.sep) || pathname.includes('\0')) {
      response.writeHead(403, headers).end()
      return
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file')
      const body = await readFile(file)
      response.writeHead(200, {...headers, 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream', 'Content-Length': body.length})
      response.end(request.method === 'HEAD' ? undefined : body)
    } catch {
      response.writeHead(404, {...headers, 'Content-Type': 'text/plain; charset=utf-8'}).end('Not found\n')
    }
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 4321, '127.0.0.1', resolve)
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : options.port
  return {server, url: `http://127.0.0.1:${port}/`}
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--port')
  const port = at >= 0 ? Number(process.argv[at + 1]) : Number(process.env.PORT ?? 4321)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error('serve-playground: --port must be a whole number from 0 to 65535')
    process.exit(2)
  }
  const {url} = await servePlayground({port})
  console.log(`news-anatomy playground: ${url}  (Ctrl+C to stop)`)
}
