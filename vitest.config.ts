import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The packaging tests need the build: `npm test` runs them after it (vitest.package.config.ts).
    exclude: ['test/package/**', '**/node_modules/**'],
    typecheck: {enabled: true, include: ['test/**/*.test-d.ts']}
  }
})
