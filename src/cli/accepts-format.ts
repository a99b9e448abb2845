import {resolveOptions} from '../options.js'
import type {InputFormat} from '../types.js'

const answers = new Map<string, string | undefined>()

/**
 * Ask this version of the library whether it reads an input format (through
 * the option check `parseArticle` runs, which loads no parser), so the CLI
 * accepts exactly what the library does.
 *
 * @returns `undefined` when the format is read, else the library's reason.
 */
export function refuseFormat(format: string): string | undefined {
  if (!answers.has(format)) {
    try {
      resolveOptions({format})
      answers.set(format, undefined)
    } catch (error) {
      if (!(error instanceof TypeError)) throw error
      answers.set(format, error.message.replace(/^news-anatomy: /, ''))
    }
  }
  return answers.get(format)
}

/** Whether this version of `parseArticle` reads `format`. */
export function readsFormat(format: string): format is InputFormat {
  return refuseFormat(format) === undefined
}
