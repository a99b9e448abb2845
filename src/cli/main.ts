import {open} from 'node:fs/promises'
import type {Readable, Writable} from 'node:stream'
import {refuseFormat} from './accepts-format.js'
import {expandInputs, type Source} from './expand-inputs.js'
import {helpText} from './help.js'
import {loadSource, type LoadOptions} from './load-source.js'
import {mapInOrder} from './map-in-order.js'
import {createOutputChannel, type OutputChannel} from './output-channel.js'
import {parseCliArgs, type CliOptions} from './parse-cli-args.js'
import type {ParseTask, TaskResult, TaskSink} from './parse-task.js'
import {createProgress, type ProgressStream} from './progress.js'
import {quickAnswer} from './quick-answer.js'
import {readJsonlRecord} from './read-jsonl-record.js'
import {splitRecords} from './split-records.js'
import {UsageError} from './usage-error.js'
import {version} from './version.js'
import type {SpareThreads} from './spare-threads.js'
import {WorkerPool, type WorkerScript} from './worker-pool.js'
import {writeOut} from './write-out.js'

/** Exit statuses. */
const ok = 0
const someFailed = 1
const usage = 2

/** What the command reads and writes: the process's streams, or a test's. */
export interface CliIo {
  readonly stdin: Readable
  readonly stdout: Writable
  readonly stderr: ProgressStream
  readonly env: Readonly<Record<string, string | undefined>>
  /** The parsing thread's script (the built worker.js beside the command's entry); `'inline'` parses in this thread (tests only). */
  readonly worker: WorkerScript | 'inline'
  /** Threads kept between runs in one process (tests only: each thread start loads the parser again). */
  readonly spareThreads?: SpareThreads
  /** The longest `--stdin-jsonl` record in bytes (by default the longest string V8 can hold; tests lower it). */
  readonly maxLineBytes?: number
  /** Characters per chunk of JSON output (1 Mi by default; tests lower it). */
  readonly chunkSize?: number
}

/**
 * Run the `news-anatomy` command.
 *
 * @param args The arguments after the program name.
 * @param io The streams to use and where the parsing thread's script is.
 * @returns The exit status: 0 all read, 1 an input failed, 2 a usage mistake.
 */
export async function main(args: readonly string[], io: CliIo): Promise<number> {
  const quick = quickAnswer(args)
  if (quick) {
    await writeOut(io.stdout, quick === 'help' ? helpText : `${version()}\n`)
    return ok
  }
  let options: CliOptions
  try {
    options = parseCliArgs(args, refuseFormat)
  } catch (error) {
    if (error instanceof UsageError) return usageError(io, error.message)
    throw error
  }
  const load: LoadOptions = {
    timeoutMs: options.timeoutMs,
    userAgent: `news-anatomy/${version()} (+https://www.npmjs.com/package/news-anatomy)`,
    ...(options.input === undefined ? {} : {input: options.input})
  }
  let inputs: Awaited<ReturnType<typeof expandInputs>> | undefined
  if (!options.stdinJsonl) {
    inputs = await expandInputs(options.inputs)
    if (inputs.sources.filter((source) => source.kind === 'stdin').length > 1) return usageError(io, '- (standard input) can be given only once')
    if (inputs.batch && options.format !== undefined && options.format !== 'jsonl') {
      return usageError(io, `--format ${options.format} takes one input; several inputs are written as JSON lines (--format jsonl)`)
    }
  }
  let out: Writable = io.stdout
  let file: Awaited<ReturnType<typeof open>> | undefined
  if (options.output !== undefined) {
    try {
      file = await open(options.output, 'w')
    } catch (error) {
      io.stderr.write(`news-anatomy: cannot write ${options.output}: ${reason(error)}\n`)
      return someFailed
    }
    out = file.createWriteStream()
  }
  const parser = createParser(io, options)
  try {
    if (!inputs) return await runStdinJsonl(io, out, options, parser)
    if (inputs.batch) return await runBatch(io, out, inputs.sources, inputs.unmatched, options, load, parser)
    return await runOne(io, out, inputs.sources[0]!, options, load, parser)
  } finally {
    await parser.close()
    if (file) await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())))
  }
}

/** One input: an indented article, a report, Markdown or one JSON line. */
async function runOne(io: CliIo, out: Writable, source: Source, options: CliOptions, load: LoadOptions, parser: Parser): Promise<number> {
  try {
    const loaded = await loadSource(source, load, io.stdin)
    const output = options.format ?? 'json'
    const channel = createOutputChannel(out)
    channel.attach()
    const result = await parser.parse({head: {input: source.name}, ...loaded, output, compact: options.compact, ...chunking(io)}, channel.push)
    // A thread that fails while writing leaves a partial article: end its line before the error.
    if (!result.ok && channel.started()) await channel.push('\n')
    await channel.flushed()
    if (!result.ok) throw new Error(result.error)
    return ok
  } catch (error) {
    io.stderr.write(`news-anatomy: ${source.name}: ${reason(error)}\n`)
    return someFailed
  }
}

/** Several inputs: one JSON line each, in order; failures on stderr (above the bar), counted, and listed again at the end under a bar. */
async function runBatch(
  io: CliIo,
  out: Writable,
  sources: readonly Source[],
  unmatched: readonly string[],
  options: CliOptions,
  load: LoadOptions,
  parser: Parser
): Promise<number> {
  const progress = createProgress(sources.length, io.stderr, {quiet: options.quiet, env: io.env})
  const failures: string[] = []
  const fail = (line: string) => {
    failures.push(line)
    progress.log(`news-anatomy: ${line}`)
  }
  unmatched.forEach(fail)
  try {
    await mapInOrder(
      sources,
      async (source): Promise<Pending> => {
        const channel = createOutputChannel(out)
        try {
          const loaded = await loadSource(source, load, io.stdin)
          const task: ParseTask = {head: {input: source.name}, ...loaded, output: 'jsonl', compact: options.compact, ...chunking(io)}
          return {channel, result: parser.parse(task, channel.push)}
        } catch (error) {
          return {channel, result: Promise.resolve({ok: false, error: reason(error)})}
        }
      },
      async ({channel, result: pending}, index) => {
        channel.attach()
        const result = await pending
        if (!result.ok && channel.started()) await channel.push('\n')
        await channel.flushed()
        if (!result.ok) fail(`${sources[index]!.name}: ${result.error}`)
        progress.tick(failures.length)
      },
      options.jobs * 2
    )
  } finally {
    progress.stop()
  }
  if (failures.length === 0) return ok
  const total = sources.length + unmatched.length
  const list = progress.drawn ? `:\n${failures.map((line) => `  ${line}\n`).join('')}` : '\n'
  io.stderr.write(`news-anatomy: ${failures.length} of ${total} inputs failed${list}`)
  return someFailed
}

/** `--stdin-jsonl`: one result line per input line, in order, written as they are ready. */
async function runStdinJsonl(io: CliIo, out: Writable, options: CliOptions, parser: Parser): Promise<number> {
  const done = (channel: OutputChannel, line: string): Pending => {
    void channel.push(`${line}\n`)
    return {channel, result: Promise.resolve({ok: true})}
  }
  await mapInOrder(
    splitRecords(io.stdin, io.maxLineBytes),
    async (raw, index): Promise<Pending & {readonly head?: Readonly<Record<string, unknown>>}> => {
      const channel = createOutputChannel(out)
      if ('tooLong' in raw) return done(channel, JSON.stringify({id: null, error: `line ${index + 1} is ${raw.tooLong} bytes long, more than a line can hold; it was skipped`}))
      const record = readJsonlRecord(index === 0 ? raw.text.replace(/^\uFEFF/, '') : raw.text, index + 1)
      if ('error' in record) return done(channel, JSON.stringify(record))
      const task: ParseTask = {...record, ...(options.input === undefined ? {} : {format: options.input}), output: 'jsonl', compact: options.compact, ...chunking(io)}
      return {channel, result: parser.parse(task, channel.push), head: record.head}
    },
    async ({channel, result: pending, head}) => {
      channel.attach()
      const result = await pending
      // A thread that failed while writing leaves a partial line: end it, then the error record.
      if (!result.ok) await channel.push(`${channel.started() ? '\n' : ''}${JSON.stringify({...head, error: result.error})}\n`)
      await channel.flushed()
    },
    options.jobs * 2
  )
  return ok
}

/** An input on its way: its output channel, and how its parse ended. */
interface Pending {
  readonly channel: OutputChannel
  readonly result: Promise<TaskResult>
}

interface Parser {
  parse(task: ParseTask, sink: TaskSink): Promise<TaskResult>
  close(): Promise<void>
}

/**
 * Parse on worker threads (one per job, started as needed), or in this thread
 * for tests. The parser (and compromise) is loaded only for the latter: the
 * main thread of the command never holds a copy of the library's heap.
 */
function createParser(io: CliIo, options: CliOptions): Parser {
  if (io.worker === 'inline') return {parse: async (task, sink) => (await import('./parse-task.js')).runTask(task, sink), close: async () => {}}
  const pool = new WorkerPool(options.jobs, io.worker, options.maxMemoryMb, io.spareThreads)
  return {parse: (task, sink) => pool.run(task, sink), close: () => pool.close()}
}

function chunking(io: CliIo): {readonly chunkSize?: number} {
  return io.chunkSize === undefined ? {} : {chunkSize: io.chunkSize}
}

function usageError(io: CliIo, message: string): number {
  io.stderr.write(`news-anatomy: ${message}\nRun news-anatomy --help for usage.\n`)
  return usage
}

function reason(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return 'no such file'
    if (code === 'EISDIR') return 'is a directory, not a file'
    if (code === 'EACCES') return 'permission denied'
    return error.message
  }
  return String(error)
}
