import {PassThrough, Writable} from 'node:stream'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {main, type CliIo} from '../../src/cli/main.js'
import {SpareThreads} from '../../src/cli/spare-threads.js'

/** The project's root folder. */
export const root = fileURLToPath(new URL('../../', import.meta.url))

/**
 * The CLI's worker script built from the sources (src/cli/worker.ts, bundled
 * by test/setup/build-test-worker.ts before the suite runs), for tests of the
 * threads themselves.
 */
export const sourceWorker = {url: pathToFileURL(`${root}.cache/test-worker/worker.mjs`)}

/**
 * The thread tests' threads, kept from one run to the next in this test
 * process (a thread start loads the parser and compromise again: about a CPU
 * second each, 14 starts in the CLI tests before they shared these). A run
 * with `--max-memory` starts its own.
 */
export const spareThreads = new SpareThreads(sourceWorker)

/** What a run of the command gave. */
export interface CliRun {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** How to run the command in this process. */
export interface RunOptions {
  /** Standard input. */
  readonly input?: string | Buffer
  /** Environment (`TERM`). */
  readonly env?: Record<string, string | undefined>
  /** Pretend stderr is a terminal this many columns wide. */
  readonly tty?: number
  /** Parse on real worker threads (from the sources, through tsx) instead of in this thread. */
  readonly threads?: boolean
  /** The longest `--stdin-jsonl` record. */
  readonly maxLineBytes?: number
}

/**
 * Run `main()` in this process with its own streams: what a subprocess would
 * show, without starting one (the built command is run as a process by the
 * packaging test).
 */
export async function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  const stdin = new PassThrough()
  stdin.end(options.input ?? '')
  let stdout = ''
  let stderr = ''
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      stdout += chunk.toString('utf8')
      done()
    }
  })
  const err = Object.assign(
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        stderr += chunk.toString('utf8')
        done()
      }
    }),
    options.tty === undefined ? {} : {isTTY: true, columns: options.tty}
  )
  const io: CliIo = {stdin, stdout: out, stderr: err, env: options.env ?? {}, ...(options.threads ? {worker: sourceWorker, spareThreads} : {worker: 'inline' as const}), ...(options.maxLineBytes === undefined ? {} : {maxLineBytes: options.maxLineBytes})}
  const code = await main(args, io)
  return {code, stdout, stderr}
}

/** Parse stdout as JSON lines. */
export function jsonLines(stdout: string): Array<Record<string, unknown>> {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>)
}
