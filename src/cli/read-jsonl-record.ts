import {readsFormat, refuseFormat} from './accepts-format.js'
import type {InputFormat} from '../types.js'

/** The keys of an input record that hold the article, and the format each names. */
const contentKeys = ['text', 'html', 'markdown'] as const

/** A line's article, before it becomes a task. */
export interface GoodRecord {
  /** `{id}`, written before `article` in the result line. */
  readonly head: {readonly id: unknown}
  /** The article. */
  readonly content: string
  /** The format its key names. */
  readonly format: InputFormat
}

/** A line that cannot be parsed: the error record to write for it. */
export interface BadRecord {
  /** The line's `id`, or `null` when it has none or cannot be read. */
  readonly id: unknown
  /** Why the line was refused. */
  readonly error: string
}

/**
 * Read one `--stdin-jsonl` input line: `{"id": ..., "text"|"html"|"markdown": "..."}`.
 * `id` is optional and may be any JSON value; it is copied to the result.
 * Other keys are ignored.
 *
 * @param line The line, without its line ending.
 * @param lineNumber 1-based, for error messages.
 */
export function readJsonlRecord(line: string, lineNumber: number): GoodRecord | BadRecord {
  if (line.trim() === '') return {id: null, error: `line ${lineNumber} is empty; each line must be one JSON object such as {"id": 1, "text": "..."}`}
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (error) {
    return {id: null, error: `line ${lineNumber} is not JSON (${error instanceof Error ? error.message : String(error)})`}
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {id: null, error: `line ${lineNumber} is not a JSON object`}
  }
  const record = value as Record<string, unknown>
  const id = record.id ?? null
  const present = contentKeys.filter((key) => record[key] !== undefined)
  if (present.length !== 1) {
    return {id, error: `line ${lineNumber} must have exactly one of "text", "html" or "markdown"${present.length > 1 ? `; it has ${present.join(', ')}` : ''}`}
  }
  const key = present[0]!
  const content = record[key]
  if (typeof content !== 'string') return {id, error: `line ${lineNumber}: "${key}" must be a string`}
  if (!readsFormat(key)) return {id, error: `line ${lineNumber}: "${key}" input is not read by this version (${refuseFormat(key)})`}
  return {head: {id}, content, format: key}
}
