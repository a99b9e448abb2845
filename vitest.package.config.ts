import {defineConfig} from 'vitest/config'

// Tests of the *built* package (npm pack, install, bundle, browser) and the
// tests in a real browser (the HTML report, the playground): run by `npm test`
// after `npm run build`, apart from the unit suite.
export default defineConfig({
  test: {
    include: ['test/package/**/*.test.ts', 'test/browser/**/*.test.ts'],
    // One Chromium for the run, shared by the files that drive it (each in contexts of its own).
    globalSetup: ['test/browser/chromium-server.ts'],
    testTimeout: 120_000,
    // The concurrent tests (the TypeScript consumers: one `tsc -b` for the four, then a Node process each): two at a time, one per core.
    maxConcurrency: 2,
    // The browser tests run beside the install test, which mostly waits on npm, the
    // clean checkout's build and tsc (vitest would use one worker on two CPUs).
    maxWorkers: 2,
    hookTimeout: 180_000
  }
})
