import {parseArticle} from '../parse-article.js'
import {toHtml} from '../report/to-html.js'
import {toMarkdown} from '../report/to-markdown.js'
import {toText} from '../report/to-text.js'
import type {Article, InputFormat} from '../types.js'
import type {OutputFormat} from './parse-cli-args.js'
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
}

/** What came of a task: the output (a JSON line has no line end), or why there is none. */
export type TaskResult = {readonly ok: true; readonly text: string} | {readonly ok: false; readonly error: string}

/** How each `--format` writes an article (`jsonl` adds the task's head). */
const renderers: Record<Exclude<OutputFormat, 'jsonl'>, (article: Article, compact: boolean, task: ParseTask) => string> = {
  json: (article, compact) => `${compact ? JSON.stringify(article, withoutPositions) : JSON.stringify(article, null, 2)}\n`,
  text: (article) => toText(article),
  markdown: (article) => toMarkdown(article),
  html: (article, _compact, task) => toHtml(article, task.content, task.format === undefined ? {} : {format: task.format})
}

/**
 * Parse one article and write it in the asked format (serialising here keeps
 * that work on the worker thread).
 */
export function runTask(task: ParseTask): TaskResult {
  try {
    const article = parseArticle(task.content, task.format === undefined ? undefined : {format: task.format})
    if (task.output === 'jsonl') return {ok: true, text: JSON.stringify({...task.head, article}, task.compact ? withoutPositions : undefined)}
    return {ok: true, text: renderers[task.output](article, task.compact, task)}
  } catch (error) {
    return {ok: false, error: error instanceof Error ? error.message : String(error)}
  }
}
