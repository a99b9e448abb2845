import {readdirSync, readFileSync, writeFileSync, existsSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {groupRepeats} from '../src/blocks/group-repeats.js'
import {joinContinuedLines} from '../src/blocks/join-continued-lines.js'
import {splitLines} from '../src/blocks/split-lines.js'
import {parseArticle} from '../src/index.js'
import {labelByRules} from '../src/structure/label-by-rules.js'

// Every folder under test/fixtures with an input.txt (or input.html, input.md,
// read in that format) is a golden case: the whole parse is compared with
// output.json, and for plain text the label of every input block (one line
// each: the label, a tab, the block's first words) with labels.txt. `UPDATE=1 npx vitest run test/golden.test.ts` rewrites them;
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
      if (format === 'text') {
        const labelsPath = join(root, entry.name, 'labels.txt')
        const labels = labelLines(input)
        if (process.env.UPDATE === '1') writeFileSync(labelsPath, labels)
        expect(existsSync(labelsPath), `${labelsPath} is missing: run UPDATE=1 npx vitest run test/golden.test.ts`).toBe(true)
        expect(labels).toBe(readFileSync(labelsPath, 'utf8'))
      }
    })
  }
})

/** One line per block of a plain-text input: its label, a tab, and its first 60 characters. */
function labelLines(input: string): string {
  const units = groupRepeats(joinContinuedLines(splitLines(input), input))
  const labels = labelByRules(units)
  return units.map((unit, index) => `${labels[index]}\t${unit.text.replace(/\s+/g, ' ').slice(0, 60)}\n`).join('')
}
