import {defineConfig} from 'vitest/config'

// The unit suite (`npm test`). The packaging tests need the build: `npm test`
// runs them after it (vitest.package.config.ts). The adversarial and ReDoS
// suites are slow at full strength: `npm run test:slow` (vitest.slow.config.ts)
// runs them, and `.ci/run` runs both.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The packaging tests need the build, the browser tests Chromium: `npm test` runs both after the build (vitest.package.config.ts).
    exclude: ['test/package/**', 'test/browser/**', 'test/adversarial/**', 'test/slow/**', '**/node_modules/**'],
    setupFiles: ['test/setup/provide-compromise.ts'],
    globalSetup: ['test/setup/build-test-worker.ts'],
    // One module graph per worker, not per test file: with isolation each of
    // the ~100 files loaded compromise, parse5 and the parser again (setup and
    // import were 126 s of a 281 s run; without, 10 s). No test mocks modules
    // or stubs globals. Child processes (forks), not threads, so the call
    // stack is the main thread's, as for a user (the deep-nesting tests
    // depend on its size).
    isolate: false,
    pool: 'forks',
    // Two workers (vitest would take one on two CPUs): a third of the suite's
    // time is spent waiting on child processes and worker threads (the
    // examples, the CLI's thread tests), when the other core can run tests.
    maxWorkers: 2,
    // Five seconds is too short for the property tests on this shared 2-core
    // machine under load (the article-like property took 3.7 s at load 6 and
    // timed out at load 12); no test asserts speed through this timeout.
    testTimeout: 30_000,
    // The type tests (test/**/*.test-d.ts) are checked by `npm run typecheck`
    // (tsc over test/, which fails on any expectTypeOf mismatch); vitest's own
    // typecheck pass would run tsc over them a second time.
    typecheck: {enabled: false, include: ['test/**/*.test-d.ts']}
  }
})
