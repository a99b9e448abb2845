/**
 * Build the playground: bundle `playground/main.ts` (the library included)
 * for the browser with esbuild and copy `playground/index.html` beside it,
 * into `playground/dist/` (gitignored).
 *
 *   npm run playground    # build, then serve on http://127.0.0.1:4321/
 */
import {copyFileSync, mkdirSync, rmSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'
import {taggerPlugin} from './compromise-tagger.mjs'

const root = path.resolve(fileURLToPath(import.meta.url), '../..')

/** Where the built playground goes. */
export const playgroundOut = path.join(root, 'playground/dist')

/**
 * Build the playground into `outDir`.
 *
 * @param outDir The folder to write (emptied first).
 * @returns The size of the script in bytes.
 */
export async function buildPlayground(outDir: string = playgroundOut): Promise<number> {
  rmSync(outDir, {recursive: true, force: true})
  mkdirSync(outDir, {recursive: true})
  const result = await build({
    entryPoints: [path.join(root, 'playground/main.ts')],
    outfile: path.join(outDir, 'main.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
    // src/lexicon/layout.ts's imports order the bundle and do nothing else (tsup.config.ts).
    logOverride: {'ignored-bare-import': 'silent'},
    // compromise's tagger as the ESM build ships it, without the plugins the library never calls.
    plugins: [taggerPlugin()]
  })
  copyFileSync(path.join(root, 'playground/index.html'), path.join(outDir, 'index.html'))
  return Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0)
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const bytes = await buildPlayground()
  console.log(`playground built into ${path.relative(process.cwd(), playgroundOut)}/ (script ${(bytes / 1024).toFixed(0)} KiB)`)
}
