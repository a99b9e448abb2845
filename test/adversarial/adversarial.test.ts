import {execFile} from 'node:child_process'
import {describe, expect, it} from 'vitest'
import {adversarialInputs, regexAttackInputs} from './inputs.js'

// Pathological inputs must finish, and their output must keep every invariant.
// No wall-clock thresholds here (speed is the benchmark's job, see
// `npm run bench`): each input is parsed in a child process that is killed if it
// has not finished after a deadline far above the normal time (around a
// second), so a super-linear regex shows as a failure instead of a hang.
const deadline = 120_000

function parseInChild(name: string): Promise<{code: number | null; signal: string | null; stdout: string; stderr: string}> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'test/adversarial/parse-input.ts', name],
      {timeout: deadline, killSignal: 'SIGKILL', maxBuffer: 1 << 24},
      (error, stdout, stderr) => {
        const failure = error as (Error & {code?: number; signal?: string}) | null
        resolve({code: failure ? (failure.code ?? null) : 0, signal: failure?.signal ?? null, stdout, stderr})
      }
    )
  })
}

async function expectToFinish(name: string): Promise<void> {
  const result = await parseInChild(name)
  expect(result.signal, `${name}: killed after ${deadline / 1000} s`).toBeNull()
  expect(result.stderr.replace(/npm warn.*\n?/g, ''), name).toBe('')
  expect(result.code, name).toBe(0)
  const summary = JSON.parse(result.stdout) as {length: number; positions: number}
  expect(summary.length).toBeGreaterThan(0)
}

describe.concurrent('pathological inputs finish and keep the invariants', () => {
  it.each(Object.keys(adversarialInputs))('%s', {timeout: deadline + 30_000}, expectToFinish)
})

describe.concurrent('lines built from ReDoS attack strings finish', () => {
  it.each(Object.keys(regexAttackInputs))('%s', {timeout: deadline + 30_000}, expectToFinish)
})
