import {parseArticle} from '../parse-article.js'
import type {InputFormat} from '../types.js'

/** One article to parse, in the main thread or a worker. */
export interface ParseTask {
  /** Fields written before `article` in the output line (`{input}` or `{id}`). */
  readonly head: Readonly<Record<string, unknown>>
  /** The input text. */
  readonly content: string
  /** The format to pass to `parseArticle`; absent for its default. */
  readonly format?: InputFormat
}

/** What came of a task: the output line, or why there is none. */
export type TaskResult = {readonly ok: true; readonly line: string} | {readonly ok: false; readonly error: string}

/**
 * Parse one article and serialise it as one JSON line `{...head, article}`
 * (serialising here keeps that work on the worker thread).
 */
export function runTask(task: ParseTask): TaskResult {
  try {
    const article = parseArticle(task.content, task.format === undefined ? undefined : {format: task.format})
    return {ok: true, line: JSON.stringify({...task.head, article})}
  } catch (error) {
    return {ok: false, error: error instanceof Error ? error.message : String(error)}
  }
}
