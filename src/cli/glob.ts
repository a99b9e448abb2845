import {readdir} from 'node:fs/promises'
import {join} from 'node:path'

/** Whether an argument has glob syntax: `*`, `?`, `[…]` or `{…,…}`. */
export function isGlob(argument: string): boolean {
  return /[*?[{]/.test(argument)
}

/** `{a,b}` alternatives spelt out: `x.{md,txt}` → `['x.md', 'x.txt']` (nested braces too). */
export function expandBraces(segment: string): string[] {
  const open = segment.indexOf('{')
  if (open === -1) return [segment]
  let depth = 0
  const commas: number[] = []
  for (let index = open; index < segment.length; index++) {
    const char = segment[index]
    if (char === '{') depth++
    else if (char === '}' && --depth === 0) {
      const parts: string[] = []
      let from = open + 1
      for (const comma of commas) {
        parts.push(segment.slice(from, comma))
        from = comma + 1
      }
      parts.push(segment.slice(from, index))
      const head = segment.slice(0, open)
      const tails = expandBraces(segment.slice(index + 1))
      return parts.flatMap((part) => expandBraces(part).flatMap((middle) => tails.map((tail) => head + middle + tail)))
    } else if (char === ',' && depth === 1) commas.push(index)
  }
  return [segment]
}

/** Whether `char` is in the class written between `[` and `]` (`abc`, `a-z`, `!abc`). */
function inClass(body: string, char: string): boolean {
  const negated = body.startsWith('!') || body.startsWith('^')
  const set = negated ? body.slice(1) : body
  let found = false
  for (let index = 0; index < set.length; index++) {
    if (set[index + 1] === '-' && index + 2 < set.length) {
      if (char >= set[index]! && char <= set[index + 2]!) found = true
      index += 2
    } else if (set[index] === char) found = true
  }
  return found !== negated
}

/**
 * Whether a file name matches one path segment of a glob: `*` any run of
 * characters, `?` one, `[abc]` / `[!abc]` / `[a-z]` a class, `{a,b}`
 * alternatives; a leading dot only by a literal one. A plain two-pointer
 * match (no regular expression is built from the pattern, so no pattern can
 * make it backtrack badly).
 *
 * @example
 *   matchSegment('*.{md,txt}', 'story.md') // true
 */
export function matchSegment(segment: string, name: string): boolean {
  if (name.startsWith('.') && !segment.startsWith('.')) return false
  return expandBraces(segment).some((pattern) => matchOne(pattern, name))
}

function matchOne(pattern: string, name: string): boolean {
  let p = 0
  let n = 0
  let starP = -1
  let starN = 0
  while (n < name.length) {
    const char = pattern[p]
    if (char === '*') {
      starP = p++
      starN = n
      continue
    }
    if (char === '[') {
      const end = pattern.indexOf(']', p + 2)
      if (end !== -1) {
        if (inClass(pattern.slice(p + 1, end), name[n]!)) {
          p = end + 1
          n++
          continue
        }
      } else if (name[n] === '[') {
        p++
        n++
        continue
      }
    } else if (char !== undefined && (char === '?' || char === name[n])) {
      p++
      n++
      continue
    }
    if (starP === -1) return false
    p = starP + 1
    n = ++starN
  }
  while (pattern[p] === '*') p++
  return p === pattern.length
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
    for (const entry of await entries(dir)) {
      if (literal ? entry.name !== segment : !matchSegment(segment, entry.name)) continue
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
