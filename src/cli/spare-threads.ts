import {Worker} from 'node:worker_threads'
import type {WorkerScript} from './worker-pool.js'

/**
 * Parsing threads kept between runs of the command in one process, so a
 * run starts none it can take from here (tests: each thread start loads the
 * parser and compromise again, about a CPU second). A `WorkerPool` handed
 * this takes its threads from here while there are any, and gives back the
 * idle ones when it closes; a kept thread does not hold the process open.
 * Only threads without a heap limit are kept (a pool with `--max-memory`
 * starts and stops its own). The command itself (src/cli/index.ts) runs once
 * and uses none.
 */
export class SpareThreads {
  /** The script every kept thread runs. */
  readonly script: WorkerScript
  /** Kept threads, each with the listener that forgets it if it exits. */
  readonly #idle = new Map<Worker, () => void>()

  /** Threads running `script`. */
  constructor(script: WorkerScript) {
    this.script = script
  }

  /** How many threads are kept now. */
  get size(): number {
    return this.#idle.size
  }

  /** A kept thread, or a new one when none is left. */
  take(): Worker {
    for (const [worker, forget] of this.#idle) {
      this.#idle.delete(worker)
      worker.off('exit', forget).off('error', forget)
      worker.ref()
      return worker
    }
    return new Worker(this.script.url, {workerData: this.script.data})
  }

  /** Keep an idle `worker` (one `take` gave, its listeners removed) for the next run. */
  keep(worker: Worker): void {
    const forget = () => this.#idle.delete(worker)
    worker.unref()
    // A kept thread that fails or exits is no longer kept.
    worker.once('exit', forget).once('error', forget)
    this.#idle.set(worker, forget)
  }

  /** Stop every kept thread. */
  async close(): Promise<void> {
    const workers = [...this.#idle.keys()]
    this.#idle.clear()
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}
