import {parseArticle} from '../parse-article.js'
import type {InputFormat} from '../types.js'

const answers = new Map<string, string | undefined>()

/**
 * Ask this version of `parseArticle` whether it reads an input format, so the
 * CLI accepts exactly what the library does.
 *
 * @returns `undefined` when the format is read, else the library's reason.
 */
export function refuseFormat(format: string): string | undefined {
  if (!answers.has(format)) {
    try {
      parseArticle('', {format: format as InputFormat})
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
