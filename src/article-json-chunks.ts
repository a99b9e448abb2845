import {jsonChunks} from './json-chunks.js'
import {describe} from './options.js'
import type {Article} from './types.js'

/** How {@link articleJsonChunks} writes the JSON: `JSON.stringify`'s second and third arguments, and the chunk size. */
export interface ArticleJsonOptions {
  /**
   * A function replacer, called as `JSON.stringify` calls it (`this` is the
   * holder, then the key and the value). A list of keys is not taken.
   * @default undefined
   */
  readonly replacer?: ((this: unknown, key: string, value: unknown) => unknown) | undefined
  /**
   * Indentation, as `JSON.stringify`'s third argument: a number of spaces
   * (at most 10) or a string (its first 10 characters).
   * @default undefined (no indentation)
   */
  readonly space?: number | string | undefined
  /**
   * Yield a chunk once it has this many characters (a single long string
   * value can make one longer).
   * @default 32768
   */
  readonly size?: number | undefined
}

const known = new Set(['replacer', 'space', 'size'])

/**
 * The JSON of an article in chunks: their concatenation is exactly
 * `JSON.stringify(article, options.replacer, options.space)`, but no string
 * longer than a chunk is made, so a large article can be written to a file,
 * a stream or a socket without one string of all of it (for 10 MB of text
 * that string is some 120 M characters, 240 MB). Lazy `entities` are read when
 * their turn comes, as `JSON.stringify` reads them. Iterative, so depth is
 * limited by memory only; works in browsers and workers (no Node built-ins).
 *
 * @param article The article (anything `JSON.stringify` takes is written the same way).
 * @param options See {@link ArticleJsonOptions}.
 * @returns A generator of strings; it yields nothing where `JSON.stringify` returns `undefined`.
 * @throws {TypeError} When `article` is not an object or `options` are invalid
 *   (when called); while iterating, the `TypeError` `JSON.stringify` throws for a cycle or a BigInt.
 * @example
 *   import {articleJsonChunks, parseArticle} from 'news-anatomy'
 *   const article = parseArticle('Headline here\n\nFirst paragraph of the story.')
 *   let json = ''
 *   for (const chunk of articleJsonChunks(article, {space: 2})) json += chunk
 *   json === JSON.stringify(article, null, 2) // true
 *   // In Node: Readable.from(articleJsonChunks(article)).pipe(createWriteStream('article.json'))
 */
export function articleJsonChunks(article: Article, options: ArticleJsonOptions = {}): Generator<string, void, undefined> {
  if (typeof article !== 'object' || article === null) {
    throw new TypeError(`news-anatomy: \`article\` must be an article (an object from parseArticle), got ${describe(article)}`)
  }
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`news-anatomy: \`options\` must be an object, got ${describe(options)}`)
  }
  for (const key of Object.keys(options)) {
    if (!known.has(key)) throw new TypeError(`news-anatomy: unknown option \`${key}\`; known options: ${[...known].join(', ')}`)
  }
  const {replacer, space, size = 1 << 15} = options
  if (replacer !== undefined && typeof replacer !== 'function') {
    throw new TypeError(`news-anatomy: \`options.replacer\` must be a function (a list of keys is not taken), got ${describe(replacer)}`)
  }
  if (space !== undefined && typeof space !== 'number' && typeof space !== 'string') {
    throw new TypeError(`news-anatomy: \`options.space\` must be a number or a string, got ${describe(space)}`)
  }
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 1) {
    throw new TypeError(`news-anatomy: \`options.size\` must be a positive whole number of characters, got ${describe(size)}`)
  }
  return jsonChunks(article, {replacer, indent: gap(space), size})
}

/** `JSON.stringify`'s gap: up to 10 spaces for a number, a string's first 10 characters. */
function gap(space: number | string | undefined): string {
  if (typeof space === 'string') return space.slice(0, 10)
  if (typeof space === 'number') return ' '.repeat(Math.min(10, Math.max(0, Math.trunc(space) || 0)))
  return ''
}
