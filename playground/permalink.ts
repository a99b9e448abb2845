/**
 * The playground's permalink: the input and its format kept in the URL hash,
 * `#f=<format>&z=<deflate-raw, base64url>` where the browser has
 * `CompressionStream`, else `#f=<format>&t=<UTF-8, base64url>`. Nothing is
 * sent anywhere: the hash never leaves the browser.
 */

/** What a permalink holds. */
export interface Permalink {
  /** The input text. */
  readonly text: string
  /** The format chosen (`auto`, `text`, `html`, `markdown`). */
  readonly format: string
}

/** Write the hash (without `#`) for an input. */
export async function encodePermalink(link: Permalink, compress = typeof CompressionStream === 'function'): Promise<string> {
  const bytes = new TextEncoder().encode(link.text)
  const params = new URLSearchParams({f: link.format})
  if (compress) params.set('z', toBase64Url(await pipe(bytes, new CompressionStream('deflate-raw'))))
  else params.set('t', toBase64Url(bytes))
  return params.toString()
}

/** Read a hash (with or without `#`); `undefined` when it holds no input or cannot be read. */
export async function decodePermalink(hash: string): Promise<Permalink | undefined> {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  const format = params.get('f') ?? 'auto'
  try {
    const packed = params.get('z')
    if (packed !== null) {
      if (typeof DecompressionStream !== 'function') return undefined
      return {format, text: new TextDecoder('utf-8', {fatal: true}).decode(await pipe(fromBase64Url(packed), new DecompressionStream('deflate-raw')))}
    }
    const plain = params.get('t')
    if (plain !== null) return {format, text: new TextDecoder('utf-8', {fatal: true}).decode(fromBase64Url(plain))}
  } catch {
    return undefined
  }
  return undefined
}

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(transform)
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000))
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index)
  return bytes
}
