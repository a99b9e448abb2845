import {readFileSync} from 'node:fs'
import {createInterface} from 'node:readline'
import {parseArticle} from '../parse-article.js'
import {toHtml} from '../report/to-html.js'
import {toMarkdown} from '../report/to-markdown.js'
import {toText} from '../report/to-text.js'
import {expandInputs, type Source} from './expand-inputs.js'
import {helpText} from './help.js'
import {loadSource, type LoadOptions} from './load-source.js'
import {mapInOrder} from './map-in-order.js'
import {parseCliArgs, type CliOptions} from './parse-cli-args.js'
import {runTask, type ParseTask, type TaskResult} from './parse-task.js'
import {createProgress} from './progress.js'
import {readJsonlRecord} from './read-jsonl-record.js'
import {UsageError} from './usage-error.js'
import {WorkerPool} from './worker-pool.js'
import {writeOut} from './write-out.js'

/** Exit statuses. */
const ok = 0
const someFailed = 1
const usage = 2

/**
 * Run the `news-anatomy` command.
 *
 * @param args The arguments after the program name.
 * @returns The exit status: 0 all read, 1 an input failed, 2 a usage mistake.
 */
export async function main(args: readonly string[]): Promise<number> {
  let options: CliOptions
  try {
    options = parseCliArgs(args)
  } catch (error) {
    if (error instanceof UsageError) return usageError(error.message)
    throw error
  }
  if (options.help) {
    await writeOut(process.stdout, helpText)
    return ok
  }
  if (options.version) {
    await writeOut(process.stdout, `${version()}\n`)
    return ok
  }
  const load: LoadOptions = {
    timeoutMs: options.timeoutMs,
    userAgent: `news-anatomy/${version()} (+https://www.npmjs.com/package/news-anatomy)`,
    ...(options.input === undefined ? {} : {input: options.input})
  }
  if (options.stdinJsonl) return runStdinJsonl(options)

  const expanded = await expandInputs(options.inputs)
  if (expanded.sources.filter((source) => source.kind === 'stdin').length > 1) return usageError('- (standard input) can be given only once')
  if (expanded.batch) {
    if (options.format !== undefined && options.format !== 'jsonl') {
      return usageError(`--format ${options.format} takes one input; several inputs are written as JSON lines (--format jsonl)`)
    }
    return runBatch(expanded.sources, expanded.unmatched, options, load)
  }
  return runOne(expanded.sources[0]!, options, load)
}

/** One input: an indented article, a report, Markdown or one JSON line. */
async function runOne(source: Source, options: CliOptions, load: LoadOptions): Promise<number> {
  try {
    const loaded = await loadSource(source, load)
    const format = options.format ?? 'json'
    const parse = () => parseArticle(loaded.content, loaded.format === undefined ? undefined : {format: loaded.format})
    let output: string
    if (format === 'jsonl') {
      const result = runTask({head: {input: source.name}, ...loaded})
      if (!result.ok) throw new Error(result.error)
      output = `${result.line}\n`
    } else if (format === 'json') output = `${JSON.stringify(parse(), null, 2)}\n`
    else if (format === 'markdown') output = toMarkdown(parse())
    else if (format === 'html') output = toHtml(parse(), loaded.content, loaded.format === undefined ? {} : {format: loaded.format})
    else output = toText(parse())
    await writeOut(process.stdout, output)
    return ok
  } catch (error) {
    process.stderr.write(`news-anatomy: ${source.name}: ${reason(error)}\n`)
    return someFailed
  }
}

/** Several inputs: one JSON line each, in order; failures on stderr, counted. */
async function runBatch(sources: readonly Source[], unmatched: readonly string[], options: CliOptions, load: LoadOptions): Promise<number> {
  const progress = createProgress(sources.length)
  let failed = 0
  for (const message of unmatched) {
    failed++
    progress.log(`news-anatomy: ${message}`)
  }
  const parser = createParser(Math.min(options.jobs, sources.length))
  try {
    await mapInOrder(
      sources,
      async (source): Promise<TaskResult> => {
        try {
          const loaded = await loadSource(source, load)
          return await parser.parse({head: {input: source.name}, ...loaded})
        } catch (error) {
          return {ok: false, error: reason(error)}
        }
      },
      async (result, index) => {
        if (result.ok) await writeOut(process.stdout, `${result.line}\n`)
        else {
          failed++
          progress.log(`news-anatomy: ${sources[index]!.name}: ${result.error}`)
        }
        progress.tick(failed)
      },
      options.jobs * 2
    )
  } finally {
    progress.stop()
    await parser.close()
  }
  if (failed > 0) {
    process.stderr.write(`news-anatomy: ${failed} of ${sources.length + unmatched.length} inputs failed\n`)
    return someFailed
  }
  return ok
}

/** `--stdin-jsonl`: one result line per input line, in order, written as they are ready. */
async function runStdinJsonl(options: CliOptions): Promise<number> {
  const lines = createInterface({input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY})
  const parser = createParser(options.jobs)
  try {
    await mapInOrder(
      lines,
      async (line, index): Promise<string> => {
        const record = readJsonlRecord(index === 0 ? line.replace(/^\uFEFF/, '') : line, index + 1)
        if ('error' in record) return JSON.stringify(record)
        const result = await parser.parse(record)
        return result.ok ? result.line : JSON.stringify({...record.head, error: result.error})
      },
      (line) => writeOut(process.stdout, `${line}\n`),
      options.jobs * 2
    )
  } finally {
    lines.close()
    await parser.close()
  }
  return ok
}

interface Parser {
  parse(task: ParseTask): Promise<TaskResult>
  close(): Promise<void>
}

/** Parse in this thread for one job, on a worker pool for more. */
function createParser(jobs: number): Parser {
  if (jobs <= 1) return {parse: async (task) => runTask(task), close: async () => {}}
  const pool = new WorkerPool(jobs, new URL('./worker.js', import.meta.url))
  return {parse: (task) => pool.run(task), close: () => pool.close()}
}

function usageError(message: string): number {
  process.stderr.write(`news-anatomy: ${message}\nRun news-anatomy --help for usage.\n`)
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

let cachedVersion: string | undefined
/** The package's version, read from its package.json (two folders up from dist/cli/). */
function version(): string {
  cachedVersion ??= (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}).version
  return cachedVersion
}
