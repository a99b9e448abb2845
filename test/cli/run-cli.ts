import {execFileSync, spawn} from 'node:child_process'
import {mkdirSync, readdirSync, rmdirSync, statSync, existsSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

/** The project's root folder. */
export const root = fileURLToPath(new URL('../../', import.meta.url))
/** The built command, as `package.json` `bin` names it. */
export const bin = join(root, 'dist/cli/index.js')

const lock = join(root, 'node_modules/.cache/news-anatomy-cli-build.lock')

function newest(folder: string): number {
  let latest = 0
  for (const entry of readdirSync(folder, {withFileTypes: true})) {
    const path = join(folder, entry.name)
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs)
  }
  return latest
}

function isFresh(): boolean {
  const built = [bin, join(root, 'dist/cli/worker.js')]
  if (!built.every((path) => existsSync(path))) return false
  const sources = Math.max(newest(join(root, 'src')), statSync(join(root, 'tsup.config.ts')).mtimeMs)
  return built.every((path) => statSync(path).mtimeMs >= sources)
}

/**
 * Make sure `dist/cli` is built from the current sources: `npm test` builds
 * before it runs vitest; run alone, the CLI tests build it themselves (once,
 * under a lock, since vitest runs test files in parallel).
 */
export async function ensureBuilt(): Promise<void> {
  const deadline = Date.now() + 170_000
  for (;;) {
    if (isFresh()) return
    try {
      mkdirSync(join(root, 'node_modules/.cache'), {recursive: true})
      mkdirSync(lock)
    } catch {
      if (Date.now() > deadline) throw new Error(`timed out waiting for another build (${lock})`)
      if (Date.now() - statSync(lock, {throwIfNoEntry: false})!.mtimeMs > 180_000) rmdirSync(lock)
      await new Promise((resolve) => setTimeout(resolve, 500))
      continue
    }
    try {
      if (!isFresh()) execFileSync('npm', ['run', 'build'], {cwd: root, stdio: 'pipe'})
    } finally {
      rmdirSync(lock)
    }
  }
}

/** What a run of the command gave. */
export interface CliRun {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Run the built command as a process, with `input` on its stdin. */
export function runCli(args: readonly string[], options: {readonly input?: string; readonly cwd?: string; readonly timeout?: number} = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {cwd: options.cwd ?? root, stdio: 'pipe', timeout: options.timeout ?? 60_000})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
    child.stdin.on('error', () => undefined)
    child.stdin.end(options.input ?? '')
  })
}

/** Parse stdout as JSON lines. */
export function jsonLines(stdout: string): Array<Record<string, unknown>> {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>)
}
