import {Worker} from 'node:worker_threads'
import type {ParseTask, TaskResult} from './parse-task.js'

interface Job {
  readonly seq: number
  readonly task: ParseTask
  readonly resolve: (result: TaskResult) => void
}

/**
 * A fixed number of worker threads, each parsing one task at a time. `run`
 * never rejects: a worker that dies fails its task and is replaced.
 */
export class WorkerPool {
  readonly #script: URL
  readonly #idle: Worker[] = []
  readonly #busy = new Map<Worker, Job>()
  readonly #queue: Job[] = []
  #seq = 0
  #closed = false

  /** Start `size` workers running `script`. */
  constructor(size: number, script: URL) {
    this.#script = script
    for (let index = 0; index < size; index++) this.#idle.push(this.#spawn())
  }

  /** Parse a task on the next free worker. */
  run(task: ParseTask): Promise<TaskResult> {
    if (this.#closed) return Promise.resolve({ok: false, error: 'the worker pool is closed'})
    return new Promise((resolve) => {
      this.#queue.push({seq: this.#seq++, task, resolve})
      this.#dispatch()
    })
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    this.#closed = true
    const workers = [...this.#idle, ...this.#busy.keys()]
    this.#idle.length = 0
    await Promise.all(workers.map((worker) => worker.terminate()))
  }

  #spawn(): Worker {
    const worker = new Worker(this.#script)
    worker.on('message', (message: {readonly seq: number; readonly result: TaskResult}) => {
      const job = this.#busy.get(worker)
      if (!job || job.seq !== message.seq) return
      this.#busy.delete(worker)
      this.#idle.push(worker)
      job.resolve(message.result)
      this.#dispatch()
    })
    const fail = (reason: string) => {
      const job = this.#busy.get(worker)
      this.#busy.delete(worker)
      const idleAt = this.#idle.indexOf(worker)
      if (idleAt !== -1) this.#idle.splice(idleAt, 1)
      if (this.#closed) return
      job?.resolve({ok: false, error: `the worker thread failed: ${reason}`})
      this.#idle.push(this.#spawn())
      this.#dispatch()
    }
    worker.on('error', (error) => fail(error.message))
    worker.on('exit', (code) => {
      if (this.#busy.has(worker) || this.#idle.includes(worker)) fail(`it exited with code ${code}`)
    })
    return worker
  }

  #dispatch(): void {
    while (this.#idle.length > 0 && this.#queue.length > 0) {
      const worker = this.#idle.pop()!
      const job = this.#queue.shift()!
      this.#busy.set(worker, job)
      worker.postMessage({seq: job.seq, task: job.task})
    }
  }
}
