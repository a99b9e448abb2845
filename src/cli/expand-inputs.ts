import {existsSync} from 'node:fs'
import {glob, isDynamicPattern} from 'tinyglobby'

/** One input to read: a file, standard input or a web address. */
export interface Source {
  /** Where it comes from. */
  readonly kind: 'file' | 'stdin' | 'url'
  /** The path, `-` or the URL, as shown in output and errors. */
  readonly name: string
}

/** The inputs of a command line, with globs expanded. */
export interface ExpandedInputs {
  /** Every input, in the order given; a glob's matches sorted. */
  readonly sources: readonly Source[]
  /** Whether more than one input was asked for (several arguments, or a glob). */
  readonly batch: boolean
  /** Globs that matched no file, as messages. */
  readonly unmatched: readonly string[]
}

/** Whether an argument is a web address. */
export function isUrl(argument: string): boolean {
  return /^https?:\/\//i.test(argument)
}

/**
 * Turn the command line's inputs into sources. An argument that names an
 * existing file is that file even if it looks like a glob; otherwise a
 * pattern is expanded with tinyglobby (Node 20 has no `fs.glob`).
 */
export async function expandInputs(inputs: readonly string[]): Promise<ExpandedInputs> {
  const sources: Source[] = []
  const unmatched: string[] = []
  let globbed = false
  for (const input of inputs) {
    if (input === '-') sources.push({kind: 'stdin', name: '-'})
    else if (isUrl(input)) sources.push({kind: 'url', name: input})
    else if (!existsSync(input) && isDynamicPattern(input)) {
      globbed = true
      const matches = await glob(input, {onlyFiles: true, expandDirectories: false})
      if (matches.length === 0) unmatched.push(`no file matches ${JSON.stringify(input)}`)
      for (const match of matches.sort()) sources.push({kind: 'file', name: match})
    } else sources.push({kind: 'file', name: input})
  }
  return {sources, batch: globbed || inputs.length > 1, unmatched}
}
