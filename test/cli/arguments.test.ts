import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {root, runCli} from './run-cli.js'

describe('news-anatomy arguments', {timeout: 60_000}, () => {
  it('prints help and exits 0', async () => {
    const run = await runCli(['--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^Usage: news-anatomy/)
    for (const flag of ['--format', '--input', '--output', '--compact', '--quiet', '--jobs', '--stdin-jsonl', '--timeout', '--max-memory', '--version']) expect(run.stdout).toContain(flag)
    expect(run.stderr).toBe('')
  })

  it('prints the package version', async () => {
    const {version} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string}
    const run = await runCli(['--version'])
    expect(run).toEqual({code: 0, stdout: `${version}\n`, stderr: ''})
    expect((await runCli(['-v'])).stdout).toBe(`${version}\n`)
  })

  // Rows of [arguments, what stderr must say]: each is a usage mistake, exit 2, nothing on stdout.
  const mistakes: Array<[string[], RegExp]> = [
    [['--bogus', 'a.txt'], /Unknown option '--bogus'/],
    [['-x', 'a.txt'], /Unknown option '-x'/],
    [[], /no input given/],
    [['--format'], /--format/],
    [['--format', 'yaml', 'a.txt'], /--format must be one of json, jsonl, markdown, text, html; got "yaml"/],
    [['--input', 'pdf', 'a.txt'], /--input "pdf" is not a format this version reads/],
    [['--jobs', '0', 'a.txt'], /--jobs must be a whole number from 1 to 256; got "0"/],
    [['--jobs', 'two', 'a.txt'], /--jobs must be a whole number/],
    [['--timeout', '-1', 'a.txt'], /--timeout/],
    [['--stdin-jsonl', 'a.txt'], /give no inputs with it/],
    [['--stdin-jsonl', '--format', 'text'], /--format can only be jsonl/],
    [['--format', 'text', 'package.json', 'tsconfig.json'], /--format text takes one input/],
    [['-', '-'], /standard input\) can be given only once/],
    [['--compact', '--format', 'text', 'a.txt'], /--compact changes JSON output/],
    [['-o', '', 'a.txt'], /-o needs a file name/],
    [['--max-memory', '8', 'a.txt'], /--max-memory must be a whole number from 32/]
  ]
  it.concurrent.each(mistakes)('refuses %j with exit 2', async (args, message) => {
    const run = await runCli(args)
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(message)
    expect(run.stderr).toContain('news-anatomy --help')
  })
})
