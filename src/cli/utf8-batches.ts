/** Takes text piece by piece and hands it on as UTF-8 in buffers of a fixed size. */
export interface Utf8Batches {
  /** Encode `text` after what came before; every buffer that fills up goes to the sink. */
  readonly write: (text: string) => Promise<void>
  /** Hand on what is left (nothing when empty). */
  readonly end: () => Promise<void>
}

/**
 * UTF-8 batches of at most `capacity` bytes (each full one but the last, short
 * of at most three bytes), each in its own `ArrayBuffer` that the sink may keep
 * or transfer to another thread. The bytes are those Node writes for the same
 * text (a lone surrogate as U+FFFD); a surrogate pair is never split between
 * two `write`s' texts by the JSON writer, nor by `encodeInto` at a buffer's end.
 * Text is encoded as it comes, so no string larger than a piece has to exist,
 * and a worker can post bytes rather than strings (no copy on either side, no
 * large flat string left in the old generation).
 *
 * @example
 *   const batches = utf8Batches(1 << 20, (bytes) => writeOut(stdout, bytes))
 *   for (const chunk of jsonChunks(article, {size: 1 << 14})) await batches.write(chunk)
 *   await batches.end()
 */
export function utf8Batches(capacity: number, sink: (bytes: Uint8Array<ArrayBuffer>) => Promise<void> | void): Utf8Batches {
  const encoder = new TextEncoder()
  // Room for the longest character (4 bytes), so every batch makes progress.
  const size = Math.max(4, Math.floor(capacity))
  let buffer: Uint8Array<ArrayBuffer> | undefined
  let used = 0
  const write = async (text: string): Promise<void> => {
    let rest = text
    for (;;) {
      buffer ??= new Uint8Array(size)
      const {read, written} = encoder.encodeInto(rest, used === 0 ? buffer : buffer.subarray(used))
      used += written
      if (read === rest.length) return
      rest = rest.slice(read)
      // Full, or too little room for the next character: hand it on whole and start a new one.
      const full = buffer.subarray(0, used)
      buffer = undefined
      used = 0
      await sink(full)
    }
  }
  const end = async (): Promise<void> => {
    if (!buffer || used === 0) return
    // The last batch in a buffer of its own size: a small article takes little, wherever it waits.
    const last = buffer.slice(0, used)
    buffer = undefined
    used = 0
    await sink(last)
  }
  return {write, end}
}
