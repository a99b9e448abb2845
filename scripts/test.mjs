// `npm test`: every check, run as soon as what it needs is there, so both
// cores work. The type check, the unit suite (vitest gives it two workers)
// and the build (when stale; no unit test reads dist/) start at once; the
// packaging and browser tests, the smoke imports, publint and attw start as
// soon as the build is done (at once after `npm ci`, whose `prepare` has
// built), beside whatever is still running, instead of waiting for the unit
// suite. Each command's output is printed whole when it ends, with its time;
// the exit code is 1 when any command failed, and nothing that needs the build
// starts when the build failed.
import {spawn} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.resolve(fileURLToPath(import.meta.url), '../..')
const bin = (name) => path.join(root, 'node_modules/.bin', process.platform === 'win32' ? `${name}.cmd` : name)
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const node = process.execPath

const build = ['build (when stale)', node, ['scripts/build-if-stale.mjs']]
/** Rows of [name, command, arguments]: those that start at once, and those that need the build. */
const first = [['typecheck', npm, ['run', '--silent', 'typecheck']], ['unit tests', bin('vitest'), ['run']]]
const onBuild = [
  ['packaging and browser tests', bin('vitest'), ['run', '--config', 'vitest.package.config.ts']],
  ['smoke (import)', node, ['test/smoke/smoke.mjs']],
  ['smoke (require)', node, ['test/smoke/smoke.cjs']],
  ['publint', bin('publint'), ['--strict']],
  ['attw', node, ['scripts/attw-packed.mjs']]
]

/** Run one command, keeping its output; resolve with its name, exit code, output and seconds. */
function run([name, command, args]) {
  const started = performance.now()
  return new Promise((resolve) => {
    const child = spawn(command, args, {cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: process.env})
    const output = []
    child.stdout.on('data', (chunk) => output.push(chunk))
    child.stderr.on('data', (chunk) => output.push(chunk))
    child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)))
    child.on('close', (code) => resolve({name, code: code ?? 1, output: Buffer.concat(output).toString('utf8'), seconds: (performance.now() - started) / 1000}))
  })
}

const started = performance.now()
const failed = []
/** Run a row and print its output whole when it ends; resolve with whether it passed. */
const report = (row) =>
  run(row).then((result) => {
    process.stdout.write(`\n── ${result.name}: ${result.code === 0 ? 'ok' : `FAILED (exit ${result.code})`} in ${result.seconds.toFixed(1)} s ──\n${result.output}`)
    if (result.code !== 0) failed.push(result.name)
    return result.code === 0
  })
await Promise.all([
  ...first.map(report),
  report(build).then((built) => (built ? Promise.all(onBuild.map(report)) : undefined))
])
const seconds = ((performance.now() - started) / 1000).toFixed(1)
process.stdout.write(failed.length > 0 ? `\nnpm test: FAILED (${failed.join(', ')}) after ${seconds} s\n` : `\nnpm test: all passed in ${seconds} s\n`)
process.exitCode = failed.length > 0 ? 1 : 0
