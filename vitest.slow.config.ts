import {defineConfig} from 'vitest/config'

// The slow suites at full strength: adversarial inputs under deadlines and
// the ReDoS audit of every regular expression, and the checks over every
// corpus page or article that `npm test` samples (`npm run test:slow`;
// `.ci/run` runs it after `npm test`): the HTML cut on every corpus page, the
// trimmed tagger on every quotes corpus article.
export default defineConfig({
  test: {
    include: ['test/adversarial/**/*.test.ts', 'test/slow/**/*.test.ts'],
    setupFiles: ['test/setup/provide-compromise.ts']
  }
})
