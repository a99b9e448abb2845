import {describe, expect, it} from 'vitest'
import {decodePermalink, encodePermalink} from '../../playground/permalink.js'

// Rows of [what, input text]: each must come back exactly, compressed or not.
const rows: Array<[string, string]> = [
  ['empty text', ''],
  ['plain words', 'Harbour Bridge Reopens\n\nThe bridge reopened on Monday.'],
  ['quotes, dashes and accents', '“Très bien,” said Zoë — twice.'],
  ['astral characters', 'Flags 🇳🇴 and 𝒳 survive'],
  ['markup and URL syntax', '<p a="1">&amp; #hash ?q=1&f=html %20 +plus</p>'],
  ['a long input', 'lorem ipsum '.repeat(5000)]
]

describe('the playground permalink', () => {
  it.each(rows)('keeps %s, compressed', async (_, text) => {
    const hash = await encodePermalink({text, format: 'html'}, true)
    expect(hash).toMatch(/^f=html&z=[\w-]*$/)
    expect(await decodePermalink(`#${hash}`)).toEqual({text, format: 'html'})
  })

  it.each(rows)('keeps %s, as base64 of UTF-8', async (_, text) => {
    const hash = await encodePermalink({text, format: 'auto'}, false)
    expect(hash).toMatch(/^f=auto&t=[\w-]*$/)
    expect(await decodePermalink(hash)).toEqual({text, format: 'auto'})
  })

  it('compresses a long input', async () => {
    const text = 'The council said the bridge would reopen. '.repeat(200)
    expect((await encodePermalink({text, format: 'auto'}, true)).length).toBeLessThan(text.length / 10)
  })

  // Rows of [hash]: none holds a readable input.
  const unreadable: string[] = ['', '#', '#f=text', '#z=!!!notbase64', '#t=%%%', '#z=AAAA', '#t=_w']
  it.each(unreadable)('gives nothing for %j', async (hash) => {
    expect(await decodePermalink(hash)).toBeUndefined()
  })
})
