import type {Writable} from 'node:stream'

/** Write to a stream, waiting for `drain` when its buffer is full (back-pressure). */
export function writeOut(stream: Writable, text: string | Uint8Array): Promise<void> {
  if (stream.write(text)) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      stream.off('drain', done)
      stream.off('error', done)
      if (error) reject(error)
      else resolve()
    }
    stream.once('drain', done)
    stream.once('error', done)
  })
}
