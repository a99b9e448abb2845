/**
 * Lower-case a text without changing its length, so an index found in the
 * result is an index into the original: a character whose lower case is
 * longer (`İ` becomes `i̇`, two code units) is kept as it is.
 *
 * @example
 *   lowerInPlace('Defne Kİ') // 'defne kİ'
 */
export function lowerInPlace(text: string): string {
  const lower = text.toLowerCase()
  if (lower.length === text.length) return lower
  let result = ''
  for (const char of text) {
    const folded = char.toLowerCase()
    result += folded.length === char.length ? folded : char
  }
  return result
}
