// Global setup of the unit suite: bundle the CLI's parsing thread once, with
// esbuild, from the sources and the dependencies they import (compromise,
// parse5, micromark: the same modules the tests import in this process), for
// the tests that run the CLI on worker threads. Each such thread then loads
// one plain file instead of registering tsx's loader and compiling every
// source file again (about half of each CLI test's time), or resolving and
// loading compromise's few hundred modules one by one (0.45 CPU s of the 1.05
// each thread took to start and parse its first article). The thread tests
// compare its output with what this process parses. `tsx src/cli/index.ts`
// still starts src/cli/source-worker.mjs (the examples' pipeline test runs it).
import {mkdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const root = path.resolve(fileURLToPath(import.meta.url), '../../..')

/** Where the bundled thread goes (gitignored). */
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
    logLevel: 'warning'
  })
}
