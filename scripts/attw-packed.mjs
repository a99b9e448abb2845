// Are-the-types-wrong on the package as packed, without `attw --pack`
// running `npm pack` (whose `prepare` would build dist/ a second time).
import {execFileSync} from 'node:child_process'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const dir = mkdtempSync(join(tmpdir(), 'news-anatomy-attw-'))
try {
  const report = execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], {encoding: 'utf8'})
  const [{filename}] = JSON.parse(report.slice(report.search(/^\[\s*\{/m)))
  execFileSync(join(process.cwd(), 'node_modules/.bin/attw'), [join(dir, filename), '--profile', 'node16'], {stdio: 'inherit'})
} finally {
  rmSync(dir, {recursive: true, force: true})
}
