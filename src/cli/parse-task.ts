import {parseArticle} from '../parse-article.js'
import {toHtml} from '../report/to-html.js'
import {toMarkdown} from '../report/to-markdown.js'
import {toText} from '../report/to-text.js'
import type {Article, InputFormat} from '../types.js'
import type {OutputFormat} from './parse-cli-args.js'
import {jsonChunks} from '../json-chunks.js'
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
  /** Characters per JSON chunk (1 Mi by default; tests lower it). */
  readonly chunkSize?: number
}

/** What came of a task: its output went to the sink, or why (all or some of it) is missing. */
export type TaskResult = {readonly ok: true} | {readonly ok: false; readonly error: string}

/** Takes each piece of a task's output in turn; the next piece is made once the promise settles (back-pressure). */
export type TaskSink = (chunk: string) => Promise<void> | void

/** How each report `--format` writes an article (one string: reports are a few times the input at most). */
const reports: Record<'text' | 'markdown' | 'html', (article: Article, task: ParseTask) => string> = {
  text: (article) => toText(article),
  markdown: (article) => toMarkdown(article),
  html: (article, task) => toHtml(article, task.content, task.format === undefined ? {} : {format: task.format})
}

/**
 * Parse one article and hand its output to `sink` piece by piece (serialising
 * here keeps that work on the worker thread). JSON is written in chunks of
 * about 1 Mi characters, the same characters as `JSON.stringify` (indented by
 * two spaces, or with `--compact` no positions and no indentation; a JSON
 * line with `head`'s fields first) and a line end, so the whole article never
 * exists as one string.
 */
export async function runTask(task: ParseTask, sink: TaskSink): Promise<TaskResult> {
  try {
    const article = parseArticle(task.content, task.format === undefined ? undefined : {format: task.format})
    if (task.output === 'text' || task.output === 'markdown' || task.output === 'html') {
      await sink(reports[task.output](article, task))
      return {ok: true}
    }
    const replacer = task.compact ? withoutPositions : undefined
    const value = task.output === 'jsonl' ? {...task.head, article} : article
    // The line end goes with the last chunk: a small article is one write, as a whole line.
    let held: string | undefined
    const indent = task.output === 'json' && !task.compact ? '  ' : ''
    for (const chunk of jsonChunks(value, {replacer, indent, ...(task.chunkSize === undefined ? {} : {size: task.chunkSize})})) {
      if (held !== undefined) await sink(held)
      held = chunk
    }
    await sink(`${held ?? ''}\n`)
    return {ok: true}
  } catch (error) {
    return {ok: false, error: error instanceof Error ? error.message : String(error)}
  }
}
