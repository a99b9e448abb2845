import {spawn} from 'node:child_process'
import {copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {build, type Options} from 'tsup'
import tsupConfig from '../../tsup.config.js'

/** The project's root folder. */
export const root = fileURLToPath(new URL('../../', import.meta.url))

const distBin = join(root, 'dist/cli/index.js')
const cache = join(root, 'node_modules/.cache/news-anatomy-cli-test')
let chosen: string | undefined

/** The built command under test (set by {@link ensureBuilt}). */
export function bin(): string {
  if (chosen === undefined) throw new Error('call ensureBuilt() in beforeAll first')
  return chosen
}

function newest(folder: string): number {
  let latest = 0
  for (const entry of readdirSync(folder, {withFileTypes: true})) {
    const path = join(folder, entry.name)
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs)
  }
  return latest
}

function builtAfter(folder: string, time: number): boolean {
  return ['index.js', 'worker.js'].every((name) => existsSync(join(folder, name)) && statSync(join(folder, name)).mtimeMs >= time)
}

/**
 * Choose the built command to test. `npm test` builds before it runs vitest,
 * so `dist/cli` (what `package.json` `bin` names) is used when it is newer
 * than every source. Otherwise (a test run alone, or sources edited since)
 * the CLI entry of tsup.config.ts is built, with the same options, into a
 * cache folder of its own: never into dist/, which other runs may be reading.
 */
export async function ensureBuilt(): Promise<void> {
  const sources = Math.max(newest(join(root, 'src')), statSync(join(root, 'tsup.config.ts')).mtimeMs)
  if (builtAfter(join(root, 'dist/cli'), sources)) {
    chosen = distBin
    return
  }
  const configs = [tsupConfig].flat() as Options[]
  const cli = configs.find((config) => typeof config.entry === 'object' && !Array.isArray(config.entry) && 'cli/index' in config.entry)
  if (!cli) throw new Error('tsup.config.ts has no cli/index entry')
  // One folder per source state, so parallel test files share a build; version
  // lookups read ../../package.json from <folder>/dist/cli, as in the package.
  const folder = join(cache, String(Math.floor(sources)))
  const outDir = join(folder, 'dist')
  if (!builtAfter(join(outDir, 'cli'), sources)) {
    const scratch = `${folder}.${process.pid}.${Date.now()}`
    mkdirSync(scratch, {recursive: true})
    copyFileSync(join(root, 'package.json'), join(scratch, 'package.json'))
    await build({...cli, config: false, silent: true, sourcemap: false, outDir: join(scratch, 'dist'), tsconfig: join(root, 'tsconfig.json')})
    // Another test file may have finished first (the rename then fails); either build is the same.
    try {
      renameSync(scratch, folder)
    } catch {
      rmSync(scratch, {recursive: true, force: true})
    }
  }
  pruneOldBuilds(folder)
  chosen = join(outDir, 'cli/index.js')
}

/** Remove cached builds of earlier source states more than an hour old. */
function pruneOldBuilds(keep: string): void {
  for (const entry of readdirSync(cache)) {
    const path = join(cache, entry)
    if (path !== keep && Date.now() - statSync(path).mtimeMs > 3_600_000) rmSync(path, {recursive: true, force: true})
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
    const child = spawn(process.execPath, [bin(), ...args], {cwd: options.cwd ?? root, stdio: 'pipe', timeout: options.timeout ?? 60_000})
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
