// The `news-anatomy` command. tsup adds the `#!/usr/bin/env node` line.
import {main} from './main.js'

// A reader that goes away (`news-anatomy ... | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

try {
  process.exitCode = await main(process.argv.slice(2))
} catch (error) {
  process.stderr.write(`news-anatomy: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exitCode = 1
}
