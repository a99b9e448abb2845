// A parsing thread: parses each task it is sent and posts the result back.
import {parentPort} from 'node:worker_threads'
import {runTask, type ParseTask} from './parse-task.js'

if (!parentPort) throw new Error('news-anatomy: the CLI worker must run in a worker thread')
const port = parentPort
port.on('message', (message: {readonly seq: number; readonly task: ParseTask}) => {
  port.postMessage({seq: message.seq, result: runTask(message.task)})
})
