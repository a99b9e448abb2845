import {parseArgs} from 'node:util'
import type {InputFormat} from '../types.js'
import {UsageError} from './usage-error.js'

/** What `--format` can ask for. */
export type OutputFormat = 'json' | 'jsonl' | 'markdown' | 'text' | 'html'

const outputFormats: readonly OutputFormat[] = ['json', 'jsonl', 'markdown', 'text', 'html']

/** The command line, checked. */
export interface CliOptions {
  /** Files, globs, URLs and `-`, as given. */
  readonly inputs: readonly string[]
  /** The output format, when given. */
  readonly format?: OutputFormat
  /** The input format, when given (already accepted by `parseArticle`). */
  readonly input?: InputFormat
  /** Worker threads. */
  readonly jobs: number
  /** Read JSON lines on stdin. */
  readonly stdinJsonl: boolean
  /** How long to wait for a web address, in milliseconds. */
  readonly timeoutMs: number
  /** `--help` was given. */
  readonly help: boolean
  /** `--version` was given. */
  readonly version: boolean
  /** `--quiet`: no progress bar. */
  readonly quiet: boolean
  /** `--compact`: no positions, no indentation. */
  readonly compact: boolean
  /** `-o FILE`: write the output there instead of standard output. */
  readonly output?: string
  /** `--max-memory`: heap limit of each parsing thread, in MB. */
  readonly maxMemoryMb?: number
}

/** The flags, as `util.parseArgs` reads them (also used to answer `--help` and `--version` before anything else is loaded). */
export const cliFlags = {
  format: {type: 'string', short: 'f'},
  input: {type: 'string', short: 'i'},
  output: {type: 'string', short: 'o'},
  jobs: {type: 'string', short: 'j'},
  compact: {type: 'boolean'},
  quiet: {type: 'boolean', short: 'q'},
  'stdin-jsonl': {type: 'boolean'},
  timeout: {type: 'string'},
  'max-memory': {type: 'string'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'}
} as const

/**
 * Read the command line with Node's own `util.parseArgs` (strict: an unknown
 * flag or a missing value is an error).
 *
 * @param refuseFormat Why an `--input` format is not read (`undefined` when it is): asks the library.
 * @throws {UsageError} For an unknown flag, a missing or bad value, or options that do not go together.
 */
export function parseCliArgs(args: readonly string[], refuseFormat: (format: string) => string | undefined): CliOptions {
  let parsed
  try {
    parsed = parseArgs({args: [...args], allowPositionals: true, strict: true, options: cliFlags})
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  const {values, positionals} = parsed
  const help = values.help === true
  const version = values.version === true
  const stdinJsonl = values['stdin-jsonl'] === true

  const quiet = values.quiet === true
  const compact = values.compact === true
  const format = values.format === undefined ? undefined : outputFormat(values.format)
  const input = values.input === undefined ? undefined : inputFormat(values.input, refuseFormat)
  const jobs = values.jobs === undefined ? 1 : whole('--jobs', values.jobs, 1, 256)
  const timeoutMs = values.timeout === undefined ? 30_000 : Math.round(positive('--timeout', values.timeout) * 1000)
  const maxMemoryMb = values['max-memory'] === undefined ? undefined : whole('--max-memory', values['max-memory'], 32, 1_048_576)
  const output = values.output
  if (output === '') throw new UsageError('-o needs a file name')

  if (!help && !version) {
    if (stdinJsonl && positionals.length > 0) throw new UsageError('--stdin-jsonl reads standard input; give no inputs with it')
    if (stdinJsonl && format !== undefined && format !== 'jsonl') throw new UsageError('--stdin-jsonl writes JSON lines; --format can only be jsonl with it')
    if (!stdinJsonl && positionals.length === 0) throw new UsageError('no input given: name a file, a folder, a glob, a URL or - for standard input')
    if (compact && (format === 'text' || format === 'markdown')) throw new UsageError(`--compact changes JSON output; --format ${format} has no positions to leave out`)
  }

  return {
    inputs: positionals,
    ...(format === undefined ? {} : {format}),
    ...(input === undefined ? {} : {input}),
    jobs,
    stdinJsonl,
    timeoutMs,
    help,
    version,
    quiet,
    compact,
    ...(output === undefined ? {} : {output}),
    ...(maxMemoryMb === undefined ? {} : {maxMemoryMb})
  }
}

function outputFormat(value: string): OutputFormat {
  const found = outputFormats.find((format) => format === value)
  if (!found) throw new UsageError(`--format must be one of ${outputFormats.join(', ')}; got ${JSON.stringify(value)}`)
  return found
}

/** Accept exactly the input formats this version of `parseArticle` accepts, by asking it. */
function inputFormat(value: string, refuseFormat: (format: string) => string | undefined): InputFormat {
  const reason = refuseFormat(value)
  if (reason !== undefined) throw new UsageError(`--input ${JSON.stringify(value)} is not a format this version reads (${reason})`)
  return value as InputFormat
}

function whole(flag: string, value: string, min: number, max: number): number {
  const number = /^\d+$/.test(value) ? Number(value) : Number.NaN
  if (!(number >= min && number <= max)) throw new UsageError(`${flag} must be a whole number from ${min} to ${max}; got ${JSON.stringify(value)}`)
  return number
}

function positive(flag: string, value: string): number {
  const number = /^\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN
  if (!(number > 0 && number <= 3600)) throw new UsageError(`${flag} must be a number of seconds above 0 and at most 3600; got ${JSON.stringify(value)}`)
  return number
}
