import type {Writable} from 'node:stream'
import {writeOut} from './write-out.js'

/** One input's output on its way to the shared stream, in order with the others. */
export interface OutputChannel {
  /** Take a chunk: written at once (with back-pressure) once attached, put aside before. */
  readonly push: (chunk: string | Uint8Array) => Promise<void>
  /** This input's turn: write what was put aside, then every later chunk as it comes. */
  readonly attach: () => void
  /** Wait until everything pushed so far is written; throws the stream's error if a write failed. */
  readonly flushed: () => Promise<void>
  /** Whether any chunk has been pushed. */
  readonly started: () => boolean
}

/**
 * A channel to `out` for one input. Inputs finish out of order on several
 * threads, but their output must appear in input order: the input whose turn
 * it is writes straight through (its thread waits for the stream: at most a
 * few chunks in memory), the others keep their chunks until their turn, so
 * a thread never waits for an earlier input (no deadlock), and memory is no
 * more than the old whole-output strings for those.
 */
export function createOutputChannel(out: Writable): OutputChannel {
  const aside: Array<string | Uint8Array> = []
  let attached = false
  let started = false
  let tail: Promise<void> = Promise.resolve()
  let failure: {readonly error: unknown} | undefined
  const write = (chunk: string | Uint8Array): Promise<void> => {
    tail = tail.then(async () => {
      if (failure) return
      try {
        await writeOut(out, chunk)
      } catch (error) {
        failure = {error}
      }
    })
    return tail
  }
  return {
    push: (chunk) => {
      started = true
      if (attached) return write(chunk)
      aside.push(chunk)
      return Promise.resolve()
    },
    attach: () => {
      if (attached) return
      attached = true
      for (const chunk of aside.splice(0)) void write(chunk)
    },
    flushed: async () => {
      await tail
      if (failure) throw failure.error
    },
    started: () => started
  }
}
