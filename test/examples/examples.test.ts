import {execFile} from 'node:child_process'
import {readdirSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'

// Every example runs as the README says (through tsx's loader, importing
// `news-anatomy` from the sources by tsconfig paths), and prints what it
// promises. `node --import tsx` is what the `tsx` command runs, without the
// command's own Node process around it (half a CPU second per example).
const root = fileURLToPath(new URL('../../', import.meta.url))
const tsx = [process.execPath, '--import', 'tsx']
const run = promisify(execFile)

// Rows of [example, arguments, what its output must show].
const rows: Array<[string, string[], RegExp[]]> = [
  ['read-file.ts', ['examples/article.txt'], [/^Headline {3}Harbour Town Votes to Rebuild Its Storm-Damaged Pier\n/, /Quotes \(\d+\)/]],
  ['reference-article.ts', [], [/^Headline {3}Afghan Government Says Taliban Maintaining Ties With Al-Qaida\n/]],
  ['walk-sections.ts', ['examples/article.txt'], [/## \(lead\)/, /## What happens next/, /^ +\d+:1 {2}\d sentence/m]],
  ['highlight-quotes.ts', [], [/“\[\[This pier is the front door of our town,\]\]”/, /Quotes:\n {2}9:\d+ +direct +Carla Dunn: /]],
  ['unified-plugin.ts', [], [/^headline: Night Trains Return to the Valley Line$/m, /^quote: {4}Lina Park: People asked for this for years,$/m]],
  ['cli-pipeline.sh', [], [/article\.txt: Harbour Town Votes to Rebuild Its Storm-Damaged Pier \(\d+ quotes\)/]]
]

describe('examples/', {timeout: 120_000}, () => {
  it('has a row here for every example', () => {
    const examples = readdirSync(join(root, 'examples')).filter((name) => /\.(?:ts|sh)$/.test(name))
    expect(examples.sort()).toEqual(rows.map(([name]) => name).sort())
  })

  it.concurrent.each(rows)('%s runs', async (name, args, expected) => {
    const [command, ...before] = name.endsWith('.sh') ? ['bash'] : tsx
    // The pipeline runs the command from the sources, as `npx news-anatomy` runs the built one.
    const env = {...process.env, NEWS_ANATOMY: [...tsx, join(root, 'src/cli/index.ts')].join(' ')}
    const {stdout} = await run(command!, [...before, join('examples', name), ...args], {cwd: root, env, maxBuffer: 1 << 24})
    for (const pattern of expected) expect(stdout).toMatch(pattern)
  })

  it('read-file.ts says what is wrong with a missing file instead of crashing', async () => {
    const failed = await run(tsx[0]!, [...tsx.slice(1), 'examples/read-file.ts', 'no-such-article.txt'], {cwd: root}).catch((error: {code: number; stderr: string}) => error)
    expect(failed).toMatchObject({code: 1, stderr: expect.stringMatching(/^cannot read no-such-article\.txt: ENOENT/)})
  })
})
