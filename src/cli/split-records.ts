import {constants} from 'node:buffer'

/** One record of a JSON-lines stream: its text, or why it cannot be read. */
export type RawRecord = {readonly text: string} | {readonly tooLong: number}

/**
 * Split a byte stream into records at LF only (a CR before the LF is
 * dropped; a CR anywhere else stays in its record, so it cannot split one in
 * two as readline's line splitting does). A record longer than `maxBytes`
 * (by default the longest string V8 can hold) is skipped up to its LF and
 * given as `{tooLong: bytes}`, so one huge line cannot crash the reader and
 * the next lines are still read. A final record without an LF counts;
 * nothing after a final LF does.
 */
export async function* splitRecords(input: AsyncIterable<Uint8Array | string>, maxBytes: number = constants.MAX_STRING_LENGTH): AsyncGenerator<RawRecord> {
  let parts: Buffer[] = []
  let size = 0
  let skipping = false
  const finish = (): RawRecord => {
    const record: RawRecord = skipping ? {tooLong: size} : {text: decode(Buffer.concat(parts, size))}
    parts = []
    size = 0
    skipping = false
    return record
  }
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    let from = 0
    for (;;) {
      const lf = bytes.indexOf(0x0a, from)
      const end = lf === -1 ? bytes.length : lf
      if (end > from) {
        size += end - from
        if (!skipping && size > maxBytes) {
          skipping = true
          parts = []
        }
        if (!skipping) parts.push(bytes.subarray(from, end))
      }
      if (lf === -1) break
      yield finish()
      from = lf + 1
    }
  }
  if (size > 0 || skipping) yield finish()
}

function decode(bytes: Buffer): string {
  const text = bytes.toString('utf8')
  return text.endsWith('\r') ? text.slice(0, -1) : text
}
