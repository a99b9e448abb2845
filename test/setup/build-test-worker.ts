// Global setup of the unit suite: bundle the CLI's parsing thread from the
// sources once, with esbuild (as tsx would compile it, dependencies left as
// imports), for the tests that run the CLI on worker threads. Each such
// thread then loads one plain module instead of registering tsx's loader and
// compiling every source file again, which took about half of each CLI
// test's time. `tsx src/cli/index.ts` still starts src/cli/source-worker.mjs
// (the examples' pipeline test runs it).
import {mkdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const root = path.resolve(fileURLToPath(import.meta.url), '../../..')

/** Where the bundled thread goes (inside the project, so its imports resolve from node_modules). */
export const testWorkerFile = path.join(root, '.cache/test-worker/worker.mjs')

/** Vitest's global setup hook: build the thread before any test file runs. */
export default async function setup(): Promise<void> {
  mkdirSync(path.dirname(testWorkerFile), {recursive: true})
  await build({
    entryPoints: [path.join(root, 'src/cli/worker.ts')],
    outfile: testWorkerFile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning'
  })
}
