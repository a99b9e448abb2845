import {existsSync, statSync} from 'node:fs'
import {globFiles, isGlob} from './glob.js'

/** One input to read: a file, standard input or a web address. */
export interface Source {
  /** Where it comes from. */
  readonly kind: 'file' | 'stdin' | 'url'
  /** The path, `-` or the URL, as shown in output and errors. */
  readonly name: string
}

/** The inputs of a command line, with globs and folders expanded. */
export interface ExpandedInputs {
  /** Every input, in the order given; a glob's or a folder's files sorted. */
  readonly sources: readonly Source[]
  /** Whether more than one input was asked for (several arguments, a glob or a folder). */
  readonly batch: boolean
  /** Globs and folders that gave no file, as messages. */
  readonly unmatched: readonly string[]
}

/** The file names a folder's articles have. */
const articleFile = /\.(?:txt|html?|xhtml|md|markdown|mdown|mkd)$/i

/** Whether an argument is a web address. */
export function isUrl(argument: string): boolean {
  return /^https?:\/\//i.test(argument)
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/**
 * Turn the command line's inputs into sources. An argument that names an
 * existing file is that file even if it looks like a glob; a folder stands
 * for the article files in it and below it (`.txt`, `.html`, `.htm`,
 * `.xhtml`, `.md`, `.markdown`; hidden ones left out); otherwise a pattern
 * is expanded (see {@link globFiles}).
 */
export async function expandInputs(inputs: readonly string[]): Promise<ExpandedInputs> {
  const sources: Source[] = []
  const unmatched: string[] = []
  let expanded = false
  for (const input of inputs) {
    if (input === '-') sources.push({kind: 'stdin', name: '-'})
    else if (isUrl(input)) sources.push({kind: 'url', name: input})
    else if (isDirectory(input)) {
      expanded = true
      const matches = (await globFiles(`${withoutTrailingSlashes(input)}/**/*`)).filter((file) => articleFile.test(file))
      if (matches.length === 0) unmatched.push(`the folder ${JSON.stringify(input)} has no article files (.txt, .html, .md)`)
      for (const match of matches) sources.push({kind: 'file', name: match})
    } else if (!existsSync(input) && isGlob(input)) {
      expanded = true
      const matches = await globFiles(input)
      if (matches.length === 0) unmatched.push(`no file matches ${JSON.stringify(input)}`)
      for (const match of matches) sources.push({kind: 'file', name: match})
    } else sources.push({kind: 'file', name: input})
  }
  return {sources, batch: expanded || inputs.length > 1, unmatched}
}

/** A path without the slashes at its end (a loop: `/\/+$/` backtracks quadratically on long runs of slashes). */
function withoutTrailingSlashes(path: string): string {
  let end = path.length
  while (end > 0 && path[end - 1] === '/') end--
  return path.slice(0, end)
}
