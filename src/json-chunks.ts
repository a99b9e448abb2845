/** How to write the JSON: `JSON.stringify`'s second and third arguments (a function replacer, a gap string). */
export interface JsonChunkOptions {
  /** Called as `JSON.stringify` calls a function replacer (`this` is the holder). */
  readonly replacer?: ((this: unknown, key: string, value: unknown) => unknown) | undefined
  /** The indentation of one level (`'  '` for `JSON.stringify(value, null, 2)`); none by default. */
  readonly indent?: string
  /** Yield a chunk once this many characters are ready (default 1 Mi; a single long string can make one longer). */
  readonly size?: number
}

interface Frame {
  readonly value: object
  /** The keys of an object, `undefined` for an array. */
  readonly keys: readonly string[] | undefined
  readonly length: number
  /** The indentation of its closing bracket; what comes before its first member and before each later one. */
  readonly outer: string
  readonly first: string
  readonly comma: string
  next: number
  wrote: boolean
}

/**
 * `JSON.stringify(value, replacer, indent)` in pieces: the same characters,
 * but yielded as chunks of about `size` characters, so that a large article
 * never exists as one string. Iterative (an explicit stack), so depth is
 * limited by memory only; values are read, `toJSON` and the replacer called,
 * in the order `JSON.stringify` does. Yields nothing where `JSON.stringify`
 * returns `undefined`; throws the `TypeError` it throws (a cycle, a BigInt).
 *
 * Internal: the public form is `articleJsonChunks` (argument checks, `JSON.stringify`'s `space`).
 *
 * @example
 *   [...jsonChunks({a: [1, 2]}, {indent: '  ', size: 4})].join('') === JSON.stringify({a: [1, 2]}, null, '  ') // true
 */
export function* jsonChunks(value: unknown, options: JsonChunkOptions = {}): Generator<string, void, undefined> {
  const {replacer, indent = '', size = 1 << 20} = options
  const colon = indent === '' ? ':' : ': '
  const stack: Frame[] = []
  const open = new Set<object>()
  let buffer = ''

  /** Steps 1–4 of SerializeJSONProperty: `toJSON`, the replacer, boxed primitives unwrapped. */
  const prepare = (holder: object, key: string, raw: unknown): unknown => {
    let item = raw
    if (!replacer && typeof item !== 'object' && typeof item !== 'bigint') return item
    if ((typeof item === 'object' && item !== null) || typeof item === 'bigint') {
      const toJson = (item as {toJSON?: unknown}).toJSON
      if (typeof toJson === 'function') item = (toJson as (key: string) => unknown).call(item, key)
    }
    if (replacer) item = replacer.call(holder, key, item)
    if (typeof item === 'object' && item !== null) {
      if (item instanceof Number) item = Number(item)
      else if (item instanceof String) item = String(item)
      else if (item instanceof Boolean) item = item.valueOf()
      else if (item instanceof BigInt) item = item.valueOf()
    }
    return item
  }
  const writes = (item: unknown): boolean => item !== undefined && typeof item !== 'function' && typeof item !== 'symbol'
  /** Write a prepared value: a primitive at once, an object or array opened on the stack. */
  const write = (item: unknown, outer: string): void => {
    if (typeof item !== 'object' || item === null) {
      // A finite number's JSON is its ToString; everything else as JSON.stringify writes it.
      buffer += typeof item === 'number' && Number.isFinite(item) ? String(item) : JSON.stringify(item)
      return
    }
    if (open.has(item)) throw new TypeError('Converting circular structure to JSON')
    open.add(item)
    const keys = Array.isArray(item) ? undefined : Object.keys(item)
    const length = keys ? keys.length : (item as readonly unknown[]).length
    buffer += keys ? '{' : '['
    const inner = outer + indent
    const first = indent === '' ? '' : `\n${inner}`
    stack.push({value: item, keys, length, outer, first, comma: `,${first}`, next: 0, wrote: false})
  }
  const separate = (frame: Frame): void => {
    buffer += frame.wrote ? frame.comma : frame.first
    frame.wrote = true
  }
  // Object keys repeat (`line`, `offset`, …): quote each once.
  const quoted = new Map<string, string>()
  const member = (key: string): string => {
    let text = quoted.get(key)
    if (text === undefined) {
      text = JSON.stringify(key) + colon
      if (quoted.size < 4096) quoted.set(key, text)
    }
    return text
  }

  const root = prepare({'': value}, '', value)
  if (!writes(root)) return
  write(root, '')
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!
    if (frame.next === frame.length) {
      stack.pop()
      open.delete(frame.value)
      const close = frame.keys ? '}' : ']'
      buffer += frame.wrote && indent !== '' ? `\n${frame.outer}${close}` : close
    } else if (frame.keys) {
      const key = frame.keys[frame.next++]!
      const item = prepare(frame.value, key, (frame.value as Record<string, unknown>)[key])
      if (writes(item)) {
        separate(frame)
        buffer += member(key)
        write(item, frame.outer + indent)
      }
    } else {
      const index = frame.next++
      const item = prepare(frame.value, String(index), (frame.value as readonly unknown[])[index])
      separate(frame)
      if (writes(item)) write(item, frame.outer + indent)
      else buffer += 'null'
    }
    if (buffer.length >= size) {
      yield buffer
      buffer = ''
    }
  }
  if (buffer !== '') yield buffer
}
