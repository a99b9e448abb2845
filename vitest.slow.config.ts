import {defineConfig} from 'vitest/config'

// The slow suites at full strength: adversarial inputs under deadlines and
// the ReDoS audit of every regular expression, and checks over every corpus
// page that the unit suite samples (`npm run test:slow`; `.ci/run` runs it
// after `npm test`).
export default defineConfig({
  test: {
    include: ['test/adversarial/**/*.test.ts', 'test/slow/**/*.test.ts'],
    setupFiles: ['test/setup/provide-compromise.ts']
  }
})
