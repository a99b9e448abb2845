import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {builtinModules} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {gzipSync} from 'node:zlib'
import {build} from 'esbuild'
import {chromium} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

// Installs the packed library like a user would and uses it four ways.
// Runs after `npm run build` (see vitest.package.config.ts and `npm test`).

const root = process.cwd()
const fixturePath = path.join(root, 'test/fixtures/voa-taliban-al-qaida/input.txt')
const headline = 'Afghan Government Says Taliban Maintaining Ties With Al-Qaida'
const tsc = path.join(root, 'node_modules/typescript/bin/tsc')
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

let work = ''
let tarball = ''

function run(command: string, args: readonly string[], cwd: string): string {
  return execFileSync(command, args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})
}

function write(file: string, content: string | object): void {
  mkdirSync(path.dirname(file), {recursive: true})
  writeFileSync(file, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`)
}

/** A strict nodenext tsconfig compiling index.ts to out/, as a user's project would have. */
function writeStrictTsconfig(dir: string): void {
  write(path.join(dir, 'tsconfig.json'), {
    compilerOptions: {
      module: 'nodenext',
      moduleResolution: 'nodenext',
      target: 'es2022',
      strict: true,
      exactOptionalPropertyTypes: true,
      skipLibCheck: false,
      types: [],
      outDir: 'out'
    },
    files: ['index.ts']
  })
}

/** The fixture parsed by the installed package in a plain Node process, as JSON. */
function nodeResult(): unknown {
  write(path.join(work, 'node-result.mjs'), `import {readFileSync} from 'node:fs'
import {parseArticle} from 'news-anatomy'
process.stdout.write(JSON.stringify(parseArticle(readFileSync(${JSON.stringify(fixturePath)}, 'utf8'))))
`)
  return JSON.parse(run(process.execPath, ['node-result.mjs'], work)) as unknown
}

beforeAll(() => {
  if (!existsSync(path.join(root, 'dist/index.js')) || !existsSync(path.join(root, 'dist/index.cjs'))) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does)')
  }
  work = mkdtempSync(path.join(tmpdir(), 'news-anatomy-install-'))
  const packed = JSON.parse(run(npm, ['pack', '--json', '--pack-destination', work], root)) as Array<{filename: string}>
  tarball = path.join(work, packed[0]!.filename)
  write(path.join(work, 'package.json'), {name: 'consumer', private: true, version: '0.0.0'})
  // Dependencies come from the npm cache when they are there, else the registry.
  run(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], work)
}, 180_000)

afterAll(() => {
  if (work) rmSync(work, {recursive: true, force: true})
})

describe('the packed tarball', () => {
  it('holds dist/ and the package files, and no sources or tests', () => {
    const listing = run('tar', ['-tzf', tarball], work).split('\n').filter(Boolean).sort()
    expect(listing).toContain('package/dist/index.js')
    expect(listing).toContain('package/dist/index.cjs')
    expect(listing).toContain('package/dist/index.d.ts')
    expect(listing).toContain('package/dist/index.d.cts')
    expect(listing).toContain('package/package.json')
    expect(listing.filter((file) => /^package\/(?:src|test|scripts|scratch)\//.test(file))).toEqual([])
  })
})

describe('installed into a fresh project', () => {
  it('compiles and runs as TypeScript ESM (module/moduleResolution nodenext)', () => {
    const dir = path.join(work, 'ts-esm')
    write(path.join(dir, 'package.json'), {type: 'module'})
    writeStrictTsconfig(dir)
    write(path.join(dir, 'index.ts'), `import {parseArticle, type Article, type Paragraph} from 'news-anatomy'
declare const process: {stdout: {write(text: string): void}}
const article: Article = parseArticle('Headline here\\n\\nFirst paragraph of the story. A second sentence.')
const first: Paragraph | undefined = article.sections[0]?.paragraphs[0]
const headline: string | undefined = article.headline?.text
process.stdout.write(JSON.stringify({headline, sentences: first?.sentences.length}))
`)
    run(process.execPath, [tsc, '-p', 'tsconfig.json'], dir)
    expect(JSON.parse(run(process.execPath, ['out/index.js'], dir))).toEqual({headline: 'Headline here', sentences: 2})
  })

  it('compiles and runs as TypeScript CommonJS', () => {
    const dir = path.join(work, 'ts-cjs')
    write(path.join(dir, 'package.json'), {type: 'commonjs'})
    writeStrictTsconfig(dir)
    write(path.join(dir, 'index.ts'), `import {parseArticle, type Article} from 'news-anatomy'
declare const process: {stdout: {write(text: string): void}}
const article: Article = parseArticle('Headline here\\n\\nFirst paragraph of the story.')
process.stdout.write(JSON.stringify({headline: article.headline?.text, cjs: typeof module}))
declare const module: unknown
`)
    run(process.execPath, [tsc, '-p', 'tsconfig.json'], dir)
    const emitted = readFileSync(path.join(dir, 'out/index.js'), 'utf8')
    expect(emitted).toMatch(/require\("news-anatomy"\)/)
    expect(JSON.parse(run(process.execPath, ['out/index.js'], dir))).toEqual({headline: 'Headline here', cjs: 'object'})
  })

  it('works with a plain .cjs require', () => {
    write(path.join(work, 'plain.cjs'), `const {parseArticle, toText} = require('news-anatomy')
const {readFileSync} = require('node:fs')
const article = parseArticle(readFileSync(${JSON.stringify(fixturePath)}, 'utf8'))
process.stdout.write(JSON.stringify({headline: article.headline.text, sections: article.sections.length, toText: typeof toText}))
`)
    expect(JSON.parse(run(process.execPath, ['plain.cjs'], work))).toEqual({headline, sections: 3, toText: 'function'})
  })

  it('gives the same result through import and require', () => {
    write(path.join(work, 'both.cjs'), `const {readFileSync} = require('node:fs')
const text = readFileSync(${JSON.stringify(fixturePath)}, 'utf8')
const viaRequire = require('news-anatomy').parseArticle(text)
import('news-anatomy').then(({parseArticle}) => {
  process.stdout.write(String(JSON.stringify(parseArticle(text)) === JSON.stringify(viaRequire)))
})
`)
    expect(run(process.execPath, ['both.cjs'], work)).toBe('true')
  })
})

describe('in the browser', () => {
  let bundle = ''

  it('bundles with esbuild for the browser, with no Node built-ins', async () => {
    write(path.join(work, 'browser-entry.js'), `import {parseArticle} from 'news-anatomy'\nglobalThis.parseArticle = parseArticle\n`)
    const result = await build({
      entryPoints: [path.join(work, 'browser-entry.js')],
      absWorkingDir: work,
      bundle: true,
      platform: 'browser',
      format: 'iife',
      minify: true,
      write: false,
      metafile: true,
      logLevel: 'silent'
    })
    bundle = result.outputFiles[0]!.text
    const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)])
    const inputs = Object.keys(result.metafile.inputs)
    const imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports.map((entry) => entry.path))
    expect(inputs.some((file) => file.includes('node_modules/news-anatomy/dist/index.js'))).toBe(true)
    expect(imports.filter((name) => builtins.has(name))).toEqual([])
    expect(bundle).not.toMatch(/\brequire\(["'](?:node:)?(?:fs|path|os|url|module|child_process|worker_threads)["']\)/)
    const gzip = gzipSync(bundle).length
    console.log(`browser bundle: ${(bundle.length / 1024).toFixed(1)} KiB minified, ${(gzip / 1024).toFixed(1)} KiB min+gzip`)
  }, 60_000)

  it('parses the fixture in headless Chromium exactly as Node does', async () => {
    expect(bundle, 'the bundle test above must pass first').not.toBe('')
    expect(
      existsSync(chromiumPath),
      `no Chromium at ${chromiumPath}: install Debian's chromium (apt-get install -y chromium; .ci/run does) or set CHROMIUM_PATH`
    ).toBe(true)
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run'
      ]
    })
    try {
      const page = await browser.newPage()
      const errors: string[] = []
      page.on('pageerror', (error) => errors.push(error.message))
      await page.setContent('<!doctype html><title>news-anatomy</title>')
      await page.addScriptTag({content: bundle})
      const text = readFileSync(fixturePath, 'utf8')
      const inBrowser: unknown = await page.evaluate(
        (input) => JSON.parse(JSON.stringify((globalThis as unknown as {parseArticle(text: string): unknown}).parseArticle(input))) as unknown,
        text
      )
      expect(errors).toEqual([])
      const inNode = nodeResult()
      expect((inBrowser as {headline?: {text: string}}).headline?.text).toBe(headline)
      expect(inBrowser).toStrictEqual(inNode)
    } finally {
      await browser.close()
    }
  }, 120_000)
})

