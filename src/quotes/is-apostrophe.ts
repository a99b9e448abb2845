const letter = /[\p{L}\p{N}]/u

/**
 * Whether the single mark at `index` (’ or ') is an apostrophe rather than a
 * quotation mark: inside a word (`Kabul’s`, `don't`, `al-Ra’uf`), an elided
 * decade or word (`’90s`, `rock ’n’ roll`, `’em`).
 *
 * @example
 *   isApostrophe('Kabul’s', 5) // true
 */
export function isApostrophe(text: string, index: number): boolean {
  const before = text[index - 1]
  const after = text[index + 1]
  const letterBefore = before !== undefined && letter.test(before)
  const letterAfter = after !== undefined && letter.test(after)
  if (letterBefore && letterAfter) return true
  if (!letterAfter) return false
  // ’90s, ’em, ’tis, ’n’
  const rest = text.slice(index + 1, index + 5).toLowerCase()
  if (/^\d\ds/.test(rest)) return true
  if (/^(?:em|tis|twas|cause|til)\b/.test(rest)) return true
  if (/^n['’]/.test(rest)) return true
  return false
}
