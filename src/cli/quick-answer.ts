import {parseArgs} from 'node:util'
import {cliFlags} from './parse-cli-args.js'

/**
 * Whether the command line asks only for `--help` or `--version` (the flags
 * parse and one of these is set), which are answered before the parser is
 * loaded.
 */
export function quickAnswer(args: readonly string[]): 'help' | 'version' | undefined {
  try {
    const {values} = parseArgs({args: [...args], allowPositionals: true, strict: true, options: cliFlags})
    return values.help ? 'help' : values.version ? 'version' : undefined
  } catch {
    return undefined
  }
}
