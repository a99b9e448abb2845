// Where the browser bundle's bytes come from: bundle `parseArticle` from src (not dist) as
// test/package/install.test.ts bundles the package (esbuild, browser, ESM, split, minified), then print each input's
// minified bytes in the output, largest first, and the total KiB min+gzip (gzip's default level, as the test; bundled
// from src the total reads higher than the package's, so compare two runs, never this total with the bound).
//
//   node scripts/bundle-sources.mjs [--filter <regexp>] [--top <n>]
//   node scripts/bundle-sources.mjs --filter '^src/structure'
//
// To see what a change costs, run it before and after and diff the lists.
import {build} from 'esbuild'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {gzipSync} from 'node:zlib'

const args = process.argv.slice(2)
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const filter = option('--filter') === undefined ? undefined : new RegExp(option('--filter'))
const top = Number(option('--top') ?? Infinity)
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const outdir = mkdtempSync(path.join(tmpdir(), 'bundle-sources-'))
try {
  const result = await build({
    stdin: {contents: `export {parseArticle} from './src/index.ts'`, resolveDir: root, loader: 'ts'},
    bundle: true,
    splitting: true,
    outdir,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent'
  })
  const bytes = new Map()
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [file, {bytesInOutput}] of Object.entries(output.inputs)) bytes.set(file, (bytes.get(file) ?? 0) + bytesInOutput)
  }
  const rows = [...bytes].filter(([file]) => !filter || filter.test(file)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  for (const [file, size] of rows.slice(0, top)) console.log(`${String(size).padStart(8)} ${file}`)
  console.log(`${String(rows.reduce((sum, [, size]) => sum + size, 0)).padStart(8)} in the ${rows.length} inputs listed`)
  const gzipped = result.outputFiles.reduce((sum, file) => sum + gzipSync(file.contents).length, 0)
  console.log(`${(gzipped / 1024).toFixed(3)} KiB min+gzip in all (from src)`)
} finally {
  rmSync(outdir, {recursive: true, force: true})
}
