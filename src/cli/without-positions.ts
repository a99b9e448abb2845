/**
 * A `JSON.stringify` replacer for `--compact`: leaves out every unist
 * position (an element's `position`, a message's `place`, a caption's list
 * of `occurrences`), keeping all text and every other field.
 *
 * @example
 *   JSON.stringify(article, withoutPositions)
 */
export function withoutPositions(this: unknown, _key: string, value: unknown): unknown {
  return isPosition(value) || (Array.isArray(value) && value.length > 0 && value.every(isPosition)) ? undefined : value
}

function isPosition(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false
  const {start, end} = value as {start?: unknown; end?: unknown}
  return isPoint(start) && isPoint(end)
}

function isPoint(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as {offset?: unknown}).offset === 'number' && typeof (value as {line?: unknown}).line === 'number'
}
