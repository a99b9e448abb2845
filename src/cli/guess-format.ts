import type {InputFormat} from '../types.js'
import {readsFormat} from './accepts-format.js'

const byExtension: ReadonlyArray<readonly [RegExp, string]> = [
  [/\.(?:html?|xhtml)$/i, 'html'],
  [/\.(?:md|markdown|mdown|mkd)$/i, 'markdown'],
  [/\.txt$/i, 'text']
]

const byMediaType: ReadonlyArray<readonly [RegExp, string]> = [
  [/^\s*(?:text\/html|application\/xhtml\+xml)\b/i, 'html'],
  [/^\s*text\/(?:x-)?markdown\b/i, 'markdown'],
  [/^\s*text\/plain\b/i, 'text']
]

/**
 * The input format a file's extension or a response's `Content-Type` names,
 * when this version of the library reads it; `undefined` leaves the choice to
 * `parseArticle`'s default.
 */
export function guessFormat(name: string, contentType?: string | null): InputFormat | undefined {
  const table = contentType ? byMediaType : byExtension
  const subject = contentType ?? name
  const found = table.find(([pattern]) => pattern.test(subject))?.[1]
  return found !== undefined && readsFormat(found) ? found : undefined
}
