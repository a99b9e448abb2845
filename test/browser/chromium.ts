import {existsSync, mkdirSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {chromium, type Browser, type Frame, type Locator, type Page} from 'playwright-core'
import {inject} from 'vitest'
import {chromiumArgs, chromiumPath} from './chromium-options.js'

/** The project's root folder. */
export const root = process.cwd()

/** Where screenshots and built pages go (gitignored). */
export const outputFolder = path.join(root, 'test-output')

/**
 * Headless Chromium offline-minded (no background requests, no QUIC): the
 * browser the run's global setup started (test/browser/chromium-server.ts),
 * connected to, or one started here on a fresh profile when there is none
 * (a file run under another config). Open pages in contexts of your own
 * (`browser.newContext()`, `browser.newPage()`); closing the browser closes
 * them and, when it was shared, only disconnects.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`no Chromium at ${chromiumPath}: install Debian's chromium (apt-get install -y chromium; .ci/run does) or set CHROMIUM_PATH`)
  }
  mkdirSync(outputFolder, {recursive: true})
  const endpoint = inject('chromiumEndpoint')
  return endpoint ? chromium.connect(endpoint) : chromium.launch({executablePath: chromiumPath, args: chromiumArgs})
}

/** Everything a page said on its console as an error, and every uncaught exception. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`)
    void dialog.dismiss()
  })
  return errors
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/** One accessibility violation axe-core found. */
export interface AxeViolation {
  readonly id: string
  readonly impact: string | null
  readonly help: string
  readonly nodes: ReadonlyArray<{readonly target: readonly unknown[]; readonly failureSummary?: string | undefined}>
}

/**
 * Run axe-core (WCAG 2 A and AA rules, colour contrast included) in a page or
 * frame and return its serious and critical violations.
 */
export async function seriousViolations(target: Page | Frame, options: {readonly iframes?: boolean} = {}): Promise<AxeViolation[]> {
  await target.addScriptTag({path: axePath})
  const violations = await target.evaluate(async (iframes) => {
    const axe = (globalThis as unknown as {axe: {run(context: unknown, options: unknown): Promise<{violations: AxeViolation[]}>}}).axe
    const result = await axe.run((globalThis as unknown as {document: unknown}).document, {iframes, resultTypes: ['violations'], runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})
    return result.violations.map(({id, impact, help, nodes}) => ({id, impact, help, nodes: nodes.map(({target, failureSummary}) => ({target, failureSummary}))}))
  }, options.iframes ?? true)
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
}

/** A CSS property of an element as the browser computed it. */
export function computedStyle(locator: Locator, property: string): Promise<string> {
  return locator.evaluate((element, name) => {
    const view = globalThis as unknown as {getComputedStyle(node: unknown): {getPropertyValue(name: string): string}}
    return view.getComputedStyle(element).getPropertyValue(name)
  }, property)
}
