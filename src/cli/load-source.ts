import {readFile} from 'node:fs/promises'
import type {Readable} from 'node:stream'
import type {InputFormat} from '../types.js'
import type {Source} from './expand-inputs.js'
import {fetchArticle} from './fetch-article.js'
import {guessFormat} from './guess-format.js'

/** A source's content and the format to read it in. */
export interface LoadedSource {
  /** The text of the input. */
  readonly content: string
  /** The format to pass to `parseArticle`; absent for its default. */
  readonly format?: InputFormat
}

/** How to load sources. */
export interface LoadOptions {
  /** `--input`, when given: wins over any guess. */
  readonly input?: InputFormat
  /** Time limit for web addresses, in milliseconds. */
  readonly timeoutMs: number
  /** `User-Agent` sent with requests. */
  readonly userAgent: string
}

/** Read a file, standard input or a web page, and pick its input format. */
export async function loadSource(source: Source, options: LoadOptions, stdin: Readable): Promise<LoadedSource> {
  let content: string
  let guessed: InputFormat | undefined
  if (source.kind === 'url') {
    const page = await fetchArticle(source.name, options.timeoutMs, options.userAgent)
    content = page.text
    guessed = guessFormat(source.name, page.contentType)
  } else if (source.kind === 'stdin') {
    content = await readStdin(stdin)
  } else {
    content = await readFile(source.name, 'utf8')
    guessed = guessFormat(source.name)
  }
  const format = options.input ?? guessed
  return format === undefined ? {content} : {content, format}
}

async function readStdin(stdin: Readable): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stdin as AsyncIterable<Buffer | string>) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks).toString('utf8')
}
