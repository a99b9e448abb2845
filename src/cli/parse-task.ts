import {parseArticle} from '../parse-article.js'
import {toHtml} from '../report/to-html.js'
import {toMarkdown} from '../report/to-markdown.js'
import {toText} from '../report/to-text.js'
import type {Article, InputFormat} from '../types.js'
import type {OutputFormat} from './parse-cli-args.js'
import {jsonChunks} from '../json-chunks.js'
import {utf8Batches} from './utf8-batches.js'
import {withoutPositions} from './without-positions.js'

/** One article to parse, in a worker thread (or, in tests, this one). */
export interface ParseTask {
  /** Fields written before `article` in a JSON line (`{input}` or `{id}`). */
  readonly head: Readonly<Record<string, unknown>>
  /** The input text. */
  readonly content: string
  /** The format to pass to `parseArticle`; absent for its default. */
  readonly format?: InputFormat
  /** What to write. */
  readonly output: OutputFormat
  /** `--compact`: no positions, no indentation. */
  readonly compact: boolean
  /** Bytes per piece of output (1 MiB by default; tests lower it). */
  readonly chunkSize?: number
}

/** What came of a task: its output went to the sink, or why (all or some of it) is missing. */
export type TaskResult = {readonly ok: true} | {readonly ok: false; readonly error: string}

/**
 * Takes each piece of a task's output in turn, as UTF-8 in a buffer of its own
 * (a worker transfers it, no copy); the next piece is made once the promise
 * settles (back-pressure).
 */
export type TaskSink = (chunk: Uint8Array<ArrayBuffer>) => Promise<void> | void

/** The most characters of JSON made before they are encoded: small enough to die young (no large flat string). */
const pieceSize = 1 << 15

/** How each report `--format` writes an article (one string: reports are a few times the input at most). */
const reports: Record<'text' | 'markdown' | 'html', (article: Article, task: ParseTask) => string> = {
  text: (article) => toText(article),
  markdown: (article) => toMarkdown(article),
  html: (article, task) => toHtml(article, task.content, task.format === undefined ? {} : {format: task.format})
}

/**
 * Parse one article and hand its output to `sink` as UTF-8, in pieces of
 * about 1 MiB (serialising and encoding here keeps that work on the worker
 * thread). JSON has the same characters as `JSON.stringify` (indented by two
 * spaces, or with `--compact` no positions and no indentation; a JSON line
 * with `head`'s fields first) and a line end, made a few Ki characters at a
 * time, so the whole article never exists as one string.
 */
export async function runTask(task: ParseTask, sink: TaskSink): Promise<TaskResult> {
  try {
    const article = parseArticle(task.content, task.format === undefined ? undefined : {format: task.format})
    const capacity = task.chunkSize ?? 1 << 20
    // The line end goes with the last piece: a small article is one write, as a whole line.
    const batches = utf8Batches(capacity, sink)
    if (task.output === 'text' || task.output === 'markdown' || task.output === 'html') {
      await batches.write(reports[task.output](article, task))
    } else {
      const replacer = task.compact ? withoutPositions : undefined
      const size = Math.max(1, Math.min(pieceSize, capacity >> 2))
      const value = task.output === 'jsonl' ? {...task.head, article} : article
      const indent = task.output === 'json' && !task.compact ? '  ' : ''
      for (const chunk of jsonChunks(value, {replacer, indent, size})) await batches.write(chunk)
      await batches.write('\n')
    }
    await batches.end()
    return {ok: true}
  } catch (error) {
    return {ok: false, error: error instanceof Error ? error.message : String(error)}
  }
}
