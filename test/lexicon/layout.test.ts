import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const lexicon = path.resolve(fileURLToPath(import.meta.url), '../../../src/lexicon')

describe('src/lexicon/layout.ts', () => {
  const layout = readFileSync(path.join(lexicon, 'layout.ts'), 'utf8')
  const imported = [...layout.matchAll(/^import '\.\/([\w-]+)\.js'$/gm)].map((match) => match[1])
  const lists = readdirSync(lexicon).filter((file) => file.endsWith('.ts') && file !== 'layout.ts').map((file) => file.replace(/\.ts$/, ''))

  it('imports every word list once, so the bundle writes them all in one block', () => {
    expect([...imported].sort()).toEqual([...lists].sort())
    expect(new Set(imported).size).toBe(imported.length)
  })

  it('is imported first by the text path, before any code that reads a list', () => {
    const first = /^import\s[^\n]*$/m.exec(readFileSync(path.join(lexicon, '../parse-article-with.ts'), 'utf8'))?.[0]
    expect(first).toMatch(/^import '\.\/lexicon\/layout\.js'/)
  })
})
