import {readdir} from 'node:fs/promises'
import {join} from 'node:path'

/** Whether an argument has glob syntax: `*`, `?`, `[…]` or `{…,…}`. */
export function isGlob(argument: string): boolean {
  return /[*?[{]/.test(argument)
}

/**
 * One path segment of a glob as a regular expression: `*` any run of
 * characters but `/`, `?` one character, `[abc]` / `[!abc]` a class,
 * `{a,b}` alternatives; a leading dot is matched only by a literal dot.
 */
export function segmentPattern(segment: string): RegExp {
  let source = ''
  let depth = 0
  for (let index = 0; index < segment.length; index++) {
    const char = segment[index]!
    if (char === '*') source += '[^/]*'
    else if (char === '?') source += '[^/]'
    else if (char === '[') {
      const end = segment.indexOf(']', index + 2)
      if (end === -1) source += '\\['
      else {
        const body = segment.slice(index + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')
        source += `[${body}]`
        index = end
      }
    } else if (char === '{') {
      depth++
      source += '(?:'
    } else if (char === '}' && depth > 0) {
      depth--
      source += ')'
    } else if (char === ',' && depth > 0) source += '|'
    else source += char.replace(/[.+^$()|\\\]{}]/g, '\\$&')
  }
  source += ')'.repeat(depth)
  return new RegExp(`^${segment.startsWith(".") ? "" : "(?!\\.)"}${source}$`)
}

/**
 * The files a glob matches, relative paths as written, sorted. `**` matches
 * any number of folders; hidden files and folders are matched only by a
 * pattern that names their dot. Our own few lines: Node 20 has no `fs.glob`,
 * and these patterns are all the CLI needs.
 *
 * @example
 *   await globFiles('pages/**\/*.html') // ['pages/a.html', 'pages/2024/b.html']
 */
export async function globFiles(pattern: string): Promise<string[]> {
  const absolute = pattern.startsWith('/')
  const segments = pattern.split('/').filter((segment, index) => segment !== '' && !(segment === '.' && index === 0))
  const found = new Set<string>()
  const walk = async (dir: string, shown: string, rest: readonly string[]): Promise<void> => {
    const [segment, ...tail] = rest
    if (segment === undefined) return
    if (segment === '**') {
      await walk(dir, shown, tail)
      for (const entry of await entries(dir)) {
        if (entry.isDirectory() && !entry.name.startsWith('.')) await walk(join(dir, entry.name), join(shown, entry.name), rest)
      }
      return
    }
    const literal = !isGlob(segment)
    const test = literal ? undefined : segmentPattern(segment)
    for (const entry of await entries(dir)) {
      if (literal ? entry.name !== segment : !test!.test(entry.name)) continue
      const path = join(dir, entry.name)
      if (tail.length === 0) {
        if (entry.isFile()) found.add(join(shown, entry.name))
      } else if (entry.isDirectory()) await walk(path, join(shown, entry.name), tail)
    }
  }
  await walk(absolute ? '/' : '.', absolute ? '/' : '', segments)
  return [...found].sort()
}

async function entries(dir: string) {
  try {
    return await readdir(dir, {withFileTypes: true})
  } catch {
    return []
  }
}
