import type {InputFormat, ParseOptions} from './types.js'

const formats: readonly InputFormat[] = ['auto', 'text', 'html', 'markdown']
const known = new Set(['format', 'lang'])
// A BCP 47 tag's shape: a primary language subtag, then subtags of 1–8 letters or digits (`en`, `de-AT`, `zh-Hant-TW`, `und`).
const languageTag = /^[a-z]{2,3}(?:-[a-z\d]{1,8})*$/i

/**
 * Check what a caller passed to `parseArticle` and fill in defaults.
 *
 * @throws {TypeError} When `options` is not a plain object, names an unknown option, or has a bad value.
 */
export function resolveOptions(options: unknown): Required<ParseOptions> {
  if (options === undefined || options === null) return {format: 'auto', lang: 'auto'}
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`news-anatomy: \`options\` must be an object, got ${describe(options)}`)
  }
  // A Map, a Date or a class instance has no options as own properties: its settings would be ignored silently.
  const prototype: unknown = Object.getPrototypeOf(options)
  if (prototype !== Object.prototype && prototype !== null) {
    throw new TypeError(`news-anatomy: \`options\` must be a plain object ({format: 'html'}), got ${describe(options)}`)
  }
  for (const key of Object.keys(options)) {
    if (!known.has(key)) {
      throw new TypeError(`news-anatomy: unknown option \`${key}\`; known options: ${[...known].join(', ')}`)
    }
  }
  const {format = 'auto', lang = 'auto'} = options as ParseOptions
  if (!formats.includes(format)) {
    throw new TypeError(`news-anatomy: \`options.format\` must be one of ${formats.map((f) => `'${f}'`).join(', ')}, got ${describe(format)}`)
  }
  if (typeof lang !== 'string' || (lang !== 'auto' && !languageTag.test(lang))) {
    throw new TypeError(`news-anatomy: \`options.lang\` must be 'auto' or a BCP 47 language tag such as 'en' or 'de-AT', got ${describe(lang)}`)
  }
  return {format, lang}
}

/** Describe a value for an error message: its type, and the value itself when short. */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (value === undefined) return 'undefined'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  if (typeof value === 'object') return objectName(value)
  if (typeof value === 'function') return 'a function'
  if (typeof value === 'bigint') return `bigint ${String(value)}n`
  return `${typeof value} ${String(value)}`
}

/** `an object`, or what kind of object for instances of a class (`a Map`, `a Date`, `a Uint8Array`). */
function objectName(value: object): string {
  const prototype: unknown = Object.getPrototypeOf(value)
  if (prototype === Object.prototype || prototype === null) return 'an object'
  const name = (prototype as {constructor?: {name?: unknown}}).constructor?.name
  if (typeof name !== 'string' || !name) return 'an object'
  return `${/^[AEIO]/.test(name) ? 'an' : 'a'} ${name}`
}
