// Global setup of the packaging and browser tests (vitest.package.config.ts):
// one headless Chromium for the run, started before the test files and shared
// by them (each file connects to it and opens its own contexts, which share no
// cookies, storage or cache), instead of one browser started per file (about
// 2 CPU s and a second or two each). Without Chromium nothing is started, and
// each test that needs it fails with the message launchChromium gives.
import {existsSync} from 'node:fs'
import {chromium} from 'playwright-core'
import type {TestProject} from 'vitest/node'
import {chromiumArgs, chromiumPath} from './chromium-options.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared browser's endpoint for `chromium.connect`, or '' when none was started. */
    chromiumEndpoint: string
  }
}

/** Vitest's global setup hook: start the browser and hand its endpoint to the test files; resolve with the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(chromiumPath)) {
    project.provide('chromiumEndpoint', '')
    return async () => {}
  }
  const server = await chromium.launchServer({executablePath: chromiumPath, args: chromiumArgs})
  project.provide('chromiumEndpoint', server.wsEndpoint())
  return () => server.close()
}
