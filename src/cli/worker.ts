// A parsing thread: parses each task it is sent and posts its output back in
// chunks of UTF-8 (each buffer transferred, not copied), then the result. At
// most `ahead` chunks are unacknowledged: the main thread acknowledges a
// chunk once it has been written (or put aside), so a slow reader holds the
// serialiser back instead of piling chunks up.
import {parentPort} from 'node:worker_threads'
import {runTask, type ParseTask} from './parse-task.js'

if (!parentPort) throw new Error('news-anatomy: the CLI worker must run in a worker thread')
const port = parentPort
const ahead = 4
let unacknowledged = 0
let current = -1
let wake: (() => void) | undefined

type Message = {readonly seq: number; readonly task: ParseTask} | {readonly seq: number; readonly ack: true}

port.on('message', (message: Message) => {
  if ('ack' in message) {
    if (message.seq !== current) return
    unacknowledged--
    wake?.()
    return
  }
  const {seq, task} = message
  current = seq
  unacknowledged = 0
  const settle = async (most: number) => {
    while (unacknowledged > most) await new Promise<void>((resolve) => (wake = resolve))
    wake = undefined
  }
  void runTask(task, async (chunk) => {
    port.postMessage({seq, chunk}, [chunk.buffer])
    unacknowledged++
    await settle(ahead - 1)
  }).then(async (result) => {
    // Every chunk taken before the result: the next task's acknowledgements are its own.
    await settle(0)
    port.postMessage({seq, result})
  })
})
