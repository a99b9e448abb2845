import {defineConfig} from 'vitest/config'

// Tests of the *built* package (npm pack, install, bundle, browser): run by
// `npm test` after `npm run build`, apart from the unit suite.
export default defineConfig({
  test: {
    include: ['test/package/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000
  }
})
