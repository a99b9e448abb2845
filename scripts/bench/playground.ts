/**
 * The playground's speed in a real browser, for `npm run bench`: how long the
 * page takes to parse the reference article right after it has loaded, the
 * figure issue 14 sets an aim for (under 100 ms).
 *
 * The browser test prints the same figure, but it runs beside the type check
 * and the unit suite on two cores, so there it says more about the load than
 * about the code. Here each load is a fresh browser context on an otherwise
 * idle run, several loads give a median, and the same article parsed by the
 * same build in Node (a fresh process, the same warm-up) is measured in the
 * same run as the peer, so a reader can tell a slow machine from slow code.
 */
import {execFileSync} from 'node:child_process'
import {existsSync, mkdtempSync, rmSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {chromium, type Browser} from 'playwright-core'
import {chromiumArgs, chromiumPath} from '../../test/browser/chromium-options.js'
import {buildPlayground} from '../build-playground.js'
import {servePlayground} from '../serve-playground.js'

/** What {@link playgroundTimes} measured, in milliseconds. */
export interface PlaygroundTimes {
  /** The first parse after load, one entry per fresh page load. */
  readonly browser: readonly number[]
  /** The same article's first parse after the same warm-up in Node (dist/), one entry per fresh process. */
  readonly node: readonly number[]
}

/**
 * Measure the first parse of `text` after load in `loads` fresh pages of the
 * built playground, and in as many fresh Node processes.
 *
 * @param root The project's root folder (dist/ must be built).
 * @param text The article to paste.
 * @param loads How many pages (and processes) to measure.
 * @returns The times, or a reason when there is no Chromium.
 */
export async function playgroundTimes(root: string, text: string, loads: number): Promise<PlaygroundTimes | string> {
  if (!existsSync(chromiumPath)) return `no Chromium at ${chromiumPath} (install Debian's chromium or set CHROMIUM_PATH)`
  const out = mkdtempSync(path.join(os.tmpdir(), 'news-anatomy-playground-'))
  const browserTimes: number[] = []
  const nodeTimes: number[] = []
  try {
    await buildPlayground(out)
    const {server, url} = await servePlayground({root: out, port: 0})
    const browser = await chromium.launch({executablePath: chromiumPath, args: chromiumArgs})
    try {
      for (let load = 0; load < loads; load++) {
        browserTimes.push(await firstParseInPage(browser, url, text))
        nodeTimes.push(firstParseInNode(root, text))
      }
    } finally {
      await browser.close()
      server.close()
    }
  } finally {
    rmSync(out, {recursive: true, force: true})
  }
  return {browser: browserTimes, node: nodeTimes}
}

/** One fresh context: load, wait for the page's warm-up, paste, read the page's own parse time. */
async function firstParseInPage(browser: Browser, url: string, text: string): Promise<number> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.goto(url)
    // Selectors, not functions run in the page: the page's policy allows no eval, and this script has no DOM types.
    await page.locator('body[data-ready="true"]').waitFor({state: 'attached'})
    const before = Number(await page.locator('#status').getAttribute('data-runs'))
    // One edit that replaces the whole input, as a paste over a selection does.
    await page.locator('#input').fill(text)
    await page.locator(`#status:not([data-runs="${before}"])`).waitFor({state: 'attached'})
    return Number(await page.locator('#status').getAttribute('data-parse-ms'))
  } finally {
    await context.close()
  }
}

/** A fresh Node process runs the playground's warm-up on dist/, then times what the page times: one parse of `text`, entities read. */
function firstParseInNode(root: string, text: string): number {
  const dist = JSON.stringify(path.join(root, 'dist/index.js'))
  const script = `
import {readFileSync} from 'node:fs'
const {parseArticle, toHtml} = await import(${dist})
const {warmUpArticle} = await import(${JSON.stringify(path.join(root, 'playground/warm-up-article.ts'))})
for (let round = 0; round < 3; round++) {
  const article = parseArticle(warmUpArticle, {format: 'text'})
  void article.entities
  void toHtml(article, warmUpArticle, {format: 'text'})
  void JSON.stringify(article)
}
const text = readFileSync(0, 'utf8')
const started = performance.now()
void parseArticle(text, {format: 'auto'}).entities
console.log(performance.now() - started)
`
  const tsx = path.join(root, 'node_modules/.bin/tsx')
  const output = execFileSync(tsx, ['--input-type=module', '-e', script], {cwd: root, input: text, encoding: 'utf8'})
  return Number(output.trim().split('\n').at(-1))
}
