/**
 * How many visible characters a text holds: white space, control characters
 * and no-break spaces do not count.
 *
 * @example
 *   visibleLength(' a\u00a0b ') // 2
 */
export function visibleLength(value: string): number {
  let count = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code > 32 && code !== 160) count++
  }
  return count
}
