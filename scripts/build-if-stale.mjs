// Build dist/ only when it is missing or older than what it is built from,
// so `npm test` after `npm ci` (whose `prepare` has just built) does not build
// twice, while a test run after an edit never tests a stale build.
import {execFileSync} from 'node:child_process'
import {existsSync, readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'

const root = new URL('..', import.meta.url).pathname
const newest = (path) => {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))))
}
const stamp = join(root, 'dist/index.js')
const sources = Math.max(newest(join(root, 'src')), ...['tsup.config.ts', 'scripts/compromise-tagger.mjs', 'package.json', 'tsconfig.json', 'tsconfig.build.json'].map((file) => newest(join(root, file))))
if (existsSync(stamp) && existsSync(join(root, 'dist/index.d.cts')) && statSync(stamp).mtimeMs >= sources) {
  console.log('dist/ is up to date')
} else {
  execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], {cwd: root, stdio: 'inherit'})
}
