import {Worker} from 'node:worker_threads'
import {afterAll, describe, expect, it} from 'vitest'
import type {ParseTask} from '../../src/cli/parse-task.js'
import {SpareThreads} from '../../src/cli/spare-threads.js'
import {WorkerPool} from '../../src/cli/worker-pool.js'
import {sourceWorker} from './run-cli.js'

// Threads of their own (not the shared spareThreads), so the counts are this file's.
const spare = new SpareThreads(sourceWorker)
afterAll(() => spare.close())

const task: ParseTask = {head: {id: 1}, content: 'Jane Doe said the dam would reopen on Tuesday.', format: 'text', output: 'jsonl', compact: true}

/** Run `task` on a pool of `size` threads handed `spare` (with a heap limit when given), close it, and give what it wrote. */
async function runPool(size: number, maxMemoryMb?: number): Promise<string> {
  const pool = new WorkerPool(size, sourceWorker, maxMemoryMb, spare)
  const chunks: Uint8Array[] = []
  const results = await Promise.all(Array.from({length: size}, () => pool.run(task, (chunk) => void chunks.push(chunk))))
  await pool.close()
  expect(results.every((result) => result.ok)).toBe(true)
  return Buffer.concat(chunks).toString('utf8')
}

describe('spare threads kept between worker pools', {timeout: 120_000}, () => {
  it('keeps a closed pool’s idle threads, and the next pool takes them and gives the same output', async () => {
    const first = await runPool(2)
    expect(spare.size).toBe(2)
    const pool = new WorkerPool(1, sourceWorker, undefined, spare)
    const running = pool.run(task, () => {})
    // The pool took one kept thread for its task instead of starting one.
    expect(spare.size).toBe(1)
    expect(await running).toEqual({ok: true})
    await pool.close()
    expect(spare.size).toBe(2)
    expect(await runPool(2)).toBe(first)
  })

  it('keeps no thread of a pool with a heap limit', async () => {
    await spare.close()
    await runPool(1, 64)
    expect(spare.size).toBe(0)
  })

  it('forgets a kept thread that exits', async () => {
    const others = new SpareThreads(sourceWorker)
    const leaving = new Worker('setTimeout(() => process.exit(0), 50)', {eval: true})
    others.keep(leaving)
    expect(others.size).toBe(1)
    await new Promise((resolve) => leaving.once('exit', resolve))
    expect(others.size).toBe(0)
  })

  it('stops its threads when closed', async () => {
    // From none kept, whichever tests ran before.
    await spare.close()
    await runPool(1)
    expect(spare.size).toBe(1)
    await spare.close()
    expect(spare.size).toBe(0)
  })
})
