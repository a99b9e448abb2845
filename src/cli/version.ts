import {readFileSync} from 'node:fs'

let cached: string | undefined

/**
 * The package's version, from the nearest `package.json` above this file
 * that is news-anatomy's (the build puts this code in a shared chunk, so the
 * folder depth is not fixed).
 */
export function version(): string {
  if (cached !== undefined) return cached
  for (let url = new URL('./package.json', import.meta.url); ; ) {
    try {
      const manifest = JSON.parse(readFileSync(url, 'utf8')) as {name?: string; version?: string}
      if (manifest.name === 'news-anatomy' && typeof manifest.version === 'string') return (cached = manifest.version)
    } catch {
      // No package.json here: look one folder up.
    }
    const up = new URL('../package.json', url)
    if (up.href === url.href) throw new Error('news-anatomy: cannot find its own package.json')
    url = up
  }
}
