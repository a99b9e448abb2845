import {readdirSync, readFileSync, writeFileSync, existsSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseArticle} from '../src/index.js'

// Every folder under test/fixtures with an input.txt (or input.html, input.md,
// read in that format) is a golden case: the whole parse is compared with
// output.json. `UPDATE=1 npx vitest run test/golden.test.ts` rewrites them;
// read every changed line before committing: the golden files are the spec.
const root = new URL('fixtures/', import.meta.url).pathname
const inputs = [
  ['input.txt', 'text'],
  ['input.html', 'html'],
  ['input.md', 'markdown']
] as const
const inputOf = (name: string) => inputs.find(([file]) => existsSync(join(root, name, file)))
const cases = readdirSync(root, {withFileTypes: true}).filter((entry) => entry.isDirectory() && inputOf(entry.name))

describe('golden fixtures', () => {
  it('has at least one case', () => {
    expect(cases.length).toBeGreaterThan(0)
  })

  for (const entry of cases) {
    it(entry.name, () => {
      const [file, format] = inputOf(entry.name)!
      const input = readFileSync(join(root, entry.name, file), 'utf8')
      const actual = `${JSON.stringify(parseArticle(input, format === 'text' ? undefined : {format}), null, 2)}\n`
      const outputPath = join(root, entry.name, 'output.json')
      if (process.env.UPDATE === '1') writeFileSync(outputPath, actual)
      expect(existsSync(outputPath), `${outputPath} is missing: run UPDATE=1 npx vitest run test/golden.test.ts`).toBe(true)
      expect(actual).toBe(readFileSync(outputPath, 'utf8'))
    })
  }
})
