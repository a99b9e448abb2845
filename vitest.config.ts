import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The packaging tests need the build, the browser tests Chromium: `npm test` runs both after the build (vitest.package.config.ts).
    exclude: ['test/package/**', 'test/browser/**', '**/node_modules/**'],
    typecheck: {enabled: true, include: ['test/**/*.test-d.ts']}
  }
})
