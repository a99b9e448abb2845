import {describe, expect, it} from 'vitest'
import {utf8Batches} from '../../src/cli/utf8-batches.js'

// Texts of every UTF-8 length (1–4 bytes), lone surrogates, and pieces that end right before a pair's second half.
const pieces: Array<[string, string[]]> = [
  ['nothing', []],
  ['one empty text', ['']],
  ['ASCII', ['The minister said', ' on Tuesday', '.\n']],
  ['two- and three-byte characters', ['“Wir bleiben”, ', 'sagte Jürgen — ', '北京市政府表示']],
  ['four-byte characters', ['👍🏽👨‍👩‍👧🇦🇫', '😀'.repeat(9)]],
  ['lone surrogates', ['a\ud800b', '\udfff', 'c\ud83d']],
  ['a long text', ['x'.repeat(1000), '“'.repeat(333), '😀'.repeat(250)]]
]

async function batches(texts: readonly string[], capacity: number): Promise<Uint8Array[]> {
  const out: Uint8Array[] = []
  const writer = utf8Batches(capacity, (bytes) => {
    out.push(bytes)
  })
  for (const text of texts) await writer.write(text)
  await writer.end()
  return out
}

describe('utf8Batches', () => {
  for (const [name, texts] of pieces) {
    for (const capacity of [1, 4, 5, 7, 64, 1 << 20]) {
      it(`gives Node's bytes for ${name} in batches of at most ${capacity} bytes`, async () => {
        const out = await batches(texts, capacity)
        expect(Buffer.concat(out).equals(Buffer.from(texts.join(''), 'utf8'))).toBe(true)
        const most = Math.max(4, capacity)
        for (const bytes of out) {
          expect(bytes.length).toBeGreaterThan(0)
          expect(bytes.length).toBeLessThanOrEqual(most)
          // Each batch has a buffer of its own (it can be transferred without detaching another's).
          expect(out.filter((other) => other.buffer === bytes.buffer)).toHaveLength(1)
        }
        // Every batch but the last is full but for less than one character.
        for (const bytes of out.slice(0, -1)) expect(bytes.length).toBeGreaterThan(most - 4)
      })
    }
  }

  it('never splits a character between batches', async () => {
    const out = await batches(['a😀'.repeat(40)], 6)
    for (const bytes of out) expect(Buffer.from(bytes).toString('utf8')).not.toContain('\ufffd')
  })

  it('waits for the sink before it encodes more', async () => {
    const events: string[] = []
    const writer = utf8Batches(4, async (bytes) => {
      events.push(`sink ${bytes.length}`)
      await new Promise((resolve) => setTimeout(resolve, 1))
      events.push('taken')
    })
    await writer.write('abcdefghij')
    events.push('written')
    await writer.end()
    expect(events).toEqual(['sink 4', 'taken', 'sink 4', 'taken', 'written', 'sink 2', 'taken'])
  })
})
