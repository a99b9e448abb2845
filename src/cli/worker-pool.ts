import {Worker} from 'node:worker_threads'
import type {ParseTask, TaskResult, TaskSink} from './parse-task.js'
import type {SpareThreads} from './spare-threads.js'

interface Job {
  readonly seq: number
  readonly task: ParseTask
  readonly sink: TaskSink
  readonly resolve: (result: TaskResult) => void
}

type WorkerMessage = {readonly seq: number; readonly chunk: Uint8Array<ArrayBuffer>} | {readonly seq: number; readonly result: TaskResult}

/** Where a parsing thread's code is, and what to start it with. */
export interface WorkerScript {
  /** The script's URL. */
  readonly url: URL
  /** Passed to it as `workerData`. */
  readonly data?: unknown
}

/**
 * Up to `size` worker threads, each parsing one task at a time; a thread is
 * started when a task needs it. `run` never rejects: a thread that dies (it
 * ran out of memory, say) fails its own task only, and the next task starts a
 * new one. Every parse runs on a worker, also for one job, so each input is
 * isolated and `--jobs 1` and `--jobs N` give the same output (the same
 * stack and heap per parse). Handed `spare` threads (tests), it takes its
 * threads from there and gives the idle ones back when it closes, unless it
 * has a heap limit.
 */
export class WorkerPool {
  readonly #script: WorkerScript
  readonly #size: number
  readonly #maxMemoryMb: number | undefined
  readonly #idle: Worker[] = []
  readonly #busy = new Map<Worker, Job>()
  /** For each thread, what removes this pool's listeners (when it goes back to the spare threads). */
  readonly #detach = new Map<Worker, () => void>()
  readonly #spare: SpareThreads | undefined
  readonly #queue: Job[] = []
  #seq = 0
  #closed = false

  /** A pool of at most `size` threads running `script`, each with at most `maxMemoryMb` of heap when given; `spare`: threads kept between pools. */
  constructor(size: number, script: WorkerScript, maxMemoryMb?: number, spare?: SpareThreads) {
    this.#size = size
    this.#script = script
    this.#maxMemoryMb = maxMemoryMb
    this.#spare = maxMemoryMb === undefined && spare?.script.url.href === script.url.href && spare.script.data === script.data ? spare : undefined
  }

  /**
   * Parse a task on the next free thread, handing its output to `sink` chunk
   * by chunk: the thread makes at most a few chunks more than `sink` has
   * taken. A thread that fails after some chunks leaves those written.
   */
  run(task: ParseTask, sink: TaskSink): Promise<TaskResult> {
    if (this.#closed) return Promise.resolve({ok: false, error: 'the worker pool is closed'})
    return new Promise((resolve) => {
      this.#queue.push({seq: this.#seq++, task, sink, resolve})
      this.#dispatch()
    })
  }

  /** Stop every thread (give the idle ones back to the spare threads, when there are). */
  async close(): Promise<void> {
    this.#closed = true
    const idle = this.#idle.splice(0)
    const busy = [...this.#busy.keys()]
    const spare = this.#spare
    if (spare) {
      for (const worker of idle) {
        this.#detach.get(worker)!()
        spare.keep(worker)
      }
    }
    await Promise.all([...(spare ? [] : idle), ...busy].map((worker) => worker.terminate()))
  }

  #spawn(): Worker {
    const worker =
      this.#spare?.take() ??
      new Worker(this.#script.url, {
        workerData: this.#script.data,
        ...(this.#maxMemoryMb === undefined ? {} : {resourceLimits: {maxOldGenerationSizeMb: this.#maxMemoryMb}})
      })
    let failed = false
    // Chunks go to the job's sink in order, each acknowledged once taken; a sink's own errors stay with its caller.
    let written: Promise<void> = Promise.resolve()
    const onMessage = (message: WorkerMessage) => {
      const job = this.#busy.get(worker)
      if (!job || job.seq !== message.seq) return
      if ('chunk' in message) {
        written = written
          .then(() => job.sink(message.chunk))
          .catch(() => undefined)
          .then(() => {
            if (!failed) worker.postMessage({seq: job.seq, ack: true})
          })
        return
      }
      this.#busy.delete(worker)
      this.#idle.push(worker)
      void written.then(() => job.resolve(message.result))
      this.#dispatch()
    }
    const fail = (reason: string) => {
      if (failed) return
      failed = true
      this.#detach.delete(worker)
      const job = this.#busy.get(worker)
      this.#busy.delete(worker)
      const idleAt = this.#idle.indexOf(worker)
      if (idleAt !== -1) this.#idle.splice(idleAt, 1)
      if (this.#closed) return
      if (job) void written.then(() => job.resolve({ok: false, error: `the parsing thread failed: ${reason}`}))
      this.#dispatch()
    }
    const onError = (error: Error & {code?: string}) =>
      fail(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `it ran out of memory${this.#maxMemoryMb === undefined ? '' : ` (--max-memory ${this.#maxMemoryMb})`}` : error.message)
    const onExit = (code: number) => fail(`it exited with code ${code}`)
    worker.on('message', onMessage).on('error', onError).on('exit', onExit)
    // Only a thread that can go back to the spare threads needs its listeners taken off; a failed one drops its entry.
    if (this.#spare) this.#detach.set(worker, () => worker.off('message', onMessage).off('error', onError).off('exit', onExit))
    return worker
  }

  #dispatch(): void {
    while (this.#queue.length > 0 && (this.#idle.length > 0 || this.#busy.size < this.#size)) {
      const worker = this.#idle.pop() ?? this.#spawn()
      const job = this.#queue.shift()!
      this.#busy.set(worker, job)
      worker.postMessage({seq: job.seq, task: job.task})
    }
  }
}
