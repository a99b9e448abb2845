#!/usr/bin/env node
// The `news-anatomy` command. `--help` and `--version` are answered here,
// before the parser (and compromise) is loaded: main.js is imported only for
// real work.
import {helpText} from './help.js'
import {quickAnswer} from './quick-answer.js'
import {version} from './version.js'

// A reader that goes away (`news-anatomy ... | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

const args = process.argv.slice(2)
const quick = quickAnswer(args)
if (quick) process.stdout.write(quick === 'help' ? helpText : `${version()}\n`)
else {
  try {
    const {main} = await import('./main.js')
    // The built worker.js sits beside this file; run from the sources (tsx), source-worker.mjs starts worker.ts.
    const worker = {url: new URL(import.meta.url.endsWith('.ts') ? './source-worker.mjs' : './worker.js', import.meta.url)}
    process.exitCode = await main(args, {stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, worker})
  } catch (error) {
    process.stderr.write(`news-anatomy: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exitCode = 1
  }
}
